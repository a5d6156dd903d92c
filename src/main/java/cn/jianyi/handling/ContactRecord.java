package cn.jianyi.handling;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** 联系代表记录: a unit's contact with the deputy about a case. A fact: written once. */
@Table("contact_records")
public record ContactRecord(@Id Long id, Long suggestionId, Long unitId, ContactKind kind, LocalDate contactedOn,
                            String participants, String summary, String recordedBy, Instant recordedAt) {
}
