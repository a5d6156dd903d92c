package cn.jianyi.handling;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** 协办意见: a co-unit's written opinion to the lead unit, once per handling round. A fact: never edited. */
@Table("co_unit_opinions")
public record CoUnitOpinion(@Id Long id, Long suggestionId, Long unitId, int round, String opinion,
                            String submittedBy, Instant submittedAt) {
}
