package cn.jianyi.shared.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.validation.BindingResult;

import cn.jianyi.shared.DatabaseFaults;
import cn.jianyi.shared.RuleViolation;

/**
 * Runs a form's use case and, when it is refused, puts the reason on the form so the form can be shown again with
 * what the user typed: a rule's message beside its field (or at the top of the form); a database that failed the
 * write, or a record someone else changed meanwhile, as a message at the top. The use case's transaction has rolled
 * back in each case, so nothing was saved. Any other exception goes on to {@link ErrorPages}.
 */
public final class Forms {

    /**
     * Message keys of the refusals that are no fault of what was typed: {@code fragments/form :: errors} shows keys
     * starting {@code form.fault.} without 提交的内容有误.
     */
    private static final String DATABASE_FAULT = "form.fault.database";
    private static final String CONCURRENT_CHANGE = "form.fault.concurrent";

    private static final Logger log = LoggerFactory.getLogger(Forms.class);

    private Forms() {
    }

    /** The use case's result, or empty when it was refused and the reason is on the form. */
    public static <T> Optional<T> submit(BindingResult result, Supplier<T> useCase) {
        return attempt(result, useCase, true);
    }

    /** Whether the act was accepted; when it was refused, the reason is on the form. */
    public static boolean accepted(BindingResult result, Runnable useCase) {
        return attempt(result, returningTrue(useCase), true).isPresent();
    }

    /**
     * As {@link #submit}, but a refusal of the act itself (a rule without a field: not this unit's case, already
     * closed) goes on to the refusal page, since the form no longer applies; refusals of a field and database faults
     * stay on the form.
     */
    public static <T> Optional<T> submitOnFields(BindingResult result, Supplier<T> useCase) {
        return attempt(result, useCase, false);
    }

    /** Whether the act was accepted; see {@link #submitOnFields(BindingResult, Supplier)}. */
    public static boolean acceptedOnFields(BindingResult result, Runnable useCase) {
        return attempt(result, returningTrue(useCase), false).isPresent();
    }

    private static <T> Optional<T> attempt(BindingResult result, Supplier<T> useCase, boolean actRefusalsOnForm) {
        try {
            return Optional.ofNullable(useCase.get());
        } catch (RuleViolation violation) {
            if (violation.field() == null && !actRefusalsOnForm) {
                throw violation;
            }
            reject(result, violation);
        } catch (RuntimeException failure) {
            rejectDatabaseFault(result, failure);
        }
        return Optional.empty();
    }

    private static Supplier<Boolean> returningTrue(Runnable useCase) {
        return () -> {
            useCase.run();
            return Boolean.TRUE;
        };
    }

    public static void reject(BindingResult result, RuleViolation violation) {
        if (violation.field() != null) {
            result.rejectValue(violation.field(), violation.reasonKey(), violation.args(), null);
        } else {
            result.reject(violation.reasonKey(), violation.args(), null);
        }
    }

    /** Puts a database fault on the form (logged under an incident id the message quotes); rethrows anything else. */
    private static void rejectDatabaseFault(BindingResult result, RuntimeException failure) {
        if (DatabaseFaults.isConcurrentChange(failure)) {
            log.info("Form {} refused: the record changed meanwhile ({})", result.getObjectName(), failure.toString());
            result.reject(CONCURRENT_CHANGE);
        } else if (DatabaseFaults.isDatabaseFault(failure)) {
            String incident = DatabaseFaults.newIncident();
            log.error("Incident {}: the database failed the use case of form '{}'; nothing was saved", incident,
                    result.getObjectName(), failure);
            result.reject(DATABASE_FAULT, new Object[] {incident}, null);
        } else {
            throw failure;
        }
    }
}
