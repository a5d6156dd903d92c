package cn.jianyi.suggestion;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each unit's cases in the list's order (ADR 0071): {@code suggestion_unit_list} holds a row per unit on a case
 * ({@code suggestion_units}) with the case's list key (its meeting's opening day, meeting and number), so that a
 * unit's list (本单位, or the unit filter) reads one page along the unit's own rows. Rewritten after every save of a
 * case, in the save's transaction, from what the save wrote: whatever act changes a case's units, the copy follows.
 * Rows written behind the application's back (bulk loads) need {@link #REBUILD}.
 */
@Component
class UnitCaseList implements AfterSaveCallback<Suggestion> {

    /** Every case's rows again from {@code suggestion_units} (after a bulk load; V46 does the same once). */
    static final String REBUILD = """
            insert into suggestion_unit_list (suggestion_id, unit_id, meeting_opened_on, meeting_id, number)
            select s.id, su.unit_id, s.meeting_opened_on, s.meeting_id, s.number
              from suggestion_units su join suggestions s on s.id = su.suggestion_id""";

    private final JdbcClient jdbc;

    UnitCaseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Suggestion onAfterSave(Suggestion saved) {
        jdbc.sql("delete from suggestion_unit_list where suggestion_id = :id").param("id", saved.id()).update();
        if (!saved.units().isEmpty()) {
            jdbc.sql(REBUILD + " where s.id = :id").param("id", saved.id()).update();
        }
        return saved;
    }
}
