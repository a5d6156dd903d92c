package cn.jianyi.handling;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.HandlingUnit;

/**
 * Hands out document numbers per unit and year, gap-free and unique under concurrency: the counter row is created
 * if missing and incremented inside the signing transaction, so the row lock serialises two heads signing at once and
 * a rolled-back signature gives its number back.
 * <p>
 * Everything runs on the signing transaction's own connection. (Creating the counter in a separate
 * {@code REQUIRES_NEW} transaction needed a second pooled connection per signer: as many concurrent first signings of
 * a year as the pool has connections then waited for each other until the pool's timeout, and all failed.)
 */
@Component
class DocumentNumberAllocator {

    private final JdbcClient jdbc;

    DocumentNumberAllocator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The number the unit's next signature of the year would take as things stand (a preview for the signing
     * confirmation: another signature before it takes this one, and the signing allocates the number itself).
     */
    DocumentNumber peek(HandlingUnit unit, int year) {
        int last = jdbc.sql("select last_serial from document_number_sequences where unit_id = :unit and serial_year = :year")
                .param("unit", unit.id()).param("year", year).query(Integer.class).optional().orElse(0);
        return new DocumentNumber(unit.docCode(), year, last + 1);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    DocumentNumber next(HandlingUnit unit, int year) {
        // a concurrent creator's uncommitted row makes this wait for its commit, then do nothing
        jdbc.sql("insert into document_number_sequences (unit_id, serial_year, last_serial) values (:unit, :year, 0)"
                        + " on conflict do nothing")
                .param("unit", unit.id()).param("year", year).update();
        int updated = jdbc.sql("update document_number_sequences set last_serial = last_serial + 1"
                        + " where unit_id = :unit and serial_year = :year")
                .param("unit", unit.id()).param("year", year).update();
        if (updated != 1) {
            throw new IllegalStateException("document number counter missing for unit " + unit.id());
        }
        int serial = jdbc.sql("select last_serial from document_number_sequences where unit_id = :unit and serial_year = :year")
                .param("unit", unit.id()).param("year", year).query(Integer.class).single();
        return new DocumentNumber(unit.docCode(), year, serial);
    }
}
