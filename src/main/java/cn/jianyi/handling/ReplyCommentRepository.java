package cn.jianyi.handling;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ReplyCommentRepository extends ListCrudRepository<ReplyComment, Long> {

    List<ReplyComment> findByReplyIdOrderById(Long replyId);
}
