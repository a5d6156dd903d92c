package cn.jianyi.suggestion;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 届: the numbered five-year term of a congress.
 *
 * @param firstYear the year the term began, e.g. 2021 ({@code null} for terms set up before the directory kept years)
 * @param lastYear  the year it ends, e.g. 2026
 * @param version   raised by every save (ADR 0065); {@code null} for a term not saved yet
 */
@Table("congress_terms")
public record CongressTerm(@Id Long id, Long congressId, int number, Integer firstYear, Integer lastYear,
                           @Version Integer version) {

    /** 二届（2021—2026年）, or 二届 without years. */
    public String name() {
        String name = cn.jianyi.shared.ChineseNumerals.of(number) + "届";
        return firstYear == null ? name : name + "（" + firstYear + "—" + lastYear + "年）";
    }
}
