package cn.jianyi.handling;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CoUnitOpinionRepository extends ListCrudRepository<CoUnitOpinion, Long> {

    List<CoUnitOpinion> findBySuggestionIdOrderById(Long suggestionId);
}
