package cn.jianyi.suggestion;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 次会议: the numbered annual plenary meeting of a term; suggestion numbers restart per meeting.
 *
 * @param version raised by every save (ADR 0065); {@code null} for a meeting not saved yet
 */
@Table("meetings")
public record Meeting(@Id Long id, Long termId, int number, LocalDate openedOn, @Version Integer version) {
}
