package cn.jianyi.suggestion;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** 届: the numbered five-year term of a congress. */
@Table("congress_terms")
public record CongressTerm(@Id Long id, Long congressId, int number) {
}
