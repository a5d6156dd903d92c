package cn.jianyi.handling;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CountersignatureRepository extends ListCrudRepository<Countersignature, Long> {

    List<Countersignature> findByReplyIdOrderById(Long replyId);
}
