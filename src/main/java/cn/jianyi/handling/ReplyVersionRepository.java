package cn.jianyi.handling;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ReplyVersionRepository extends ListCrudRepository<ReplyVersion, Long> {

    List<ReplyVersion> findByReplyIdOrderByVersionNo(Long replyId);
}
