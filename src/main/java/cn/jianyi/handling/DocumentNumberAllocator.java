package cn.jianyi.handling;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.identity.HandlingUnit;

/**
 * Hands out document numbers per unit and year, gap-free and unique under concurrency: the counter row is
 * incremented inside the signing transaction, so the row lock serialises two heads signing at once and a rolled-back
 * signature gives its number back.
 */
@Component
class DocumentNumberAllocator {

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;

    DocumentNumberAllocator(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    DocumentNumber next(HandlingUnit unit, int year) {
        ensureCounter(unit.id(), year);
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

    /** Creates the year's counter in its own transaction, so a concurrent creator's duplicate harms nobody. */
    private void ensureCounter(long unitId, int year) {
        boolean exists = jdbc.sql("select count(*) from document_number_sequences where unit_id = :unit and serial_year = :year")
                .param("unit", unitId).param("year", year).query(Integer.class).single() > 0;
        if (exists) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> jdbc.sql(
                            "insert into document_number_sequences (unit_id, serial_year, last_serial) values (:unit, :year, 0)")
                    .param("unit", unitId).param("year", year).update());
        } catch (DuplicateKeyException alreadyCreated) {
            // another signer created it first: fine
        }
    }
}
