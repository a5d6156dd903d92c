package cn.jianyi.suggestion;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** 次会议: the numbered annual plenary meeting of a term; suggestion numbers restart per meeting. */
@Table("meetings")
public record Meeting(@Id Long id, Long termId, int number, LocalDate openedOn) {
}
