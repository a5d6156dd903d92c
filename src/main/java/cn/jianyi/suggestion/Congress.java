package cn.jianyi.suggestion;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 人民代表大会.
 *
 * @param shortName   the short name used in reply titles, e.g. 区人大
 * @param replyCopyTo the default copy list (抄送) of replies, names separated by 、
 * @param parentId    the congress above this one (a district's congress sits under its city's), or {@code null}
 * @param version     raised by every save, so that two administrators' changes never overwrite each other
 *                    (ADR 0065); {@code null} for a congress not saved yet
 */
@Table("congresses")
public record Congress(@Id Long id, String name, String shortName, CongressLevel level, String replyCopyTo,
                       Long parentId, @Version Integer version) {
}
