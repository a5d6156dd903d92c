package cn.jianyi.shared.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.shared.DatabaseFaults;
import cn.jianyi.shared.RuleViolation;

/**
 * Runs a form's use case and, when it is refused, puts the reason on the form so the form can be shown again with
 * what the user typed: a rule's message beside its field (or at the top of the form); a database that failed the
 * write, or a record someone else changed meanwhile, as a message at the top. The use case's transaction has rolled
 * back in each case, so nothing was saved. Any other exception goes on to {@link ErrorPages}.
 * <p>
 * A refused form is answered by a redirect (post/redirect/get, ADR 0049): {@link #refused} keeps the form and its
 * refusals for the next request only, and {@link RefusedForms} puts them back into the model of the GET the redirect
 * leads to, so the page shows the refusals beside what was typed, the back button and reloading never post again.
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

    /**
     * The form a refused POST left for the page now being drawn (ADR 0049), for what a GET handler works out from the
     * typed values (a preview, a choice that depends on another): empty on a first visit.
     */
    public static <T> Optional<T> refusedForm(org.springframework.ui.Model model, Class<T> type) {
        return model.getAttribute(RefusedForms.ATTRIBUTE) instanceof RefusedForms.Refusal refusal
                && type.isInstance(refusal.result().getTarget())
                ? Optional.of(type.cast(refusal.result().getTarget())) : Optional.empty();
    }

    /**
     * Answers a refused form: keeps the form with its refusals for the next request and redirects to the page this
     * form was posted from (the POST's own path, which every form page serves by GET).
     */
    public static String refused(BindingResult result, RedirectAttributes redirect) {
        return refused(result, redirect, currentPath());
    }

    /**
     * Answers a refused form: keeps the form with its refusals for the next request and redirects to {@code page},
     * the page that shows this form (under the same model name) by GET.
     */
    public static String refused(BindingResult result, RedirectAttributes redirect, String page) {
        redirect.addFlashAttribute(RefusedForms.ATTRIBUTE, new RefusedForms.Refusal(result));
        return "redirect:" + page;
    }

    /**
     * As {@link #refused(BindingResult, RedirectAttributes)}, for a form whose values must not be kept (passwords):
     * the page shows the refusals over {@code blank}, and nothing that was typed is stored.
     */
    public static String refusedForgetting(BindingResult result, RedirectAttributes redirect, Object blank) {
        return refused(retarget(result, blank), redirect);
    }

    /**
     * After a refusal because someone changed the record meanwhile ({@code form.fault.concurrent}), adds the record's
     * latest state to the form's message, e.g. 最新情况：王晓燕于 2024-03-05 10:32 交办（主办：区卫健委）: the state
     * is read after the refused act rolled back, so it is the state that won (ADR 0065). Does nothing otherwise.
     */
    public static void showLatest(BindingResult result,
                                  Supplier<? extends org.springframework.context.MessageSourceResolvable> latest) {
        if (isConcurrentChange(result)) {
            var state = latest.get();
            if (state != null) {
                result.reject(state.getCodes()[0], state.getArguments(), null);
            }
        }
    }

    /**
     * As {@link #showLatest(BindingResult, Supplier)}, and the form to show again is {@code readAgain}: what was typed,
     * with the version of the record as it is now (a hidden field), so that the person who has seen the message can
     * send it again knowingly; the refusals stay. Returns the refusal to answer with ({@link #refused}).
     */
    public static BindingResult showLatest(BindingResult result,
                                           Supplier<? extends org.springframework.context.MessageSourceResolvable> latest,
                                           Supplier<?> readAgain) {
        if (!isConcurrentChange(result)) {
            return result;
        }
        showLatest(result, latest);
        return retarget(result, readAgain.get());
    }

    /** Whether the form was refused because someone changed the record meanwhile. */
    public static boolean isConcurrentChange(BindingResult result) {
        return result.getGlobalErrors().stream().anyMatch(e -> CONCURRENT_CHANGE.equals(e.getCode()));
    }

    private static BindingResult retarget(BindingResult result, Object target) {
        var copy = new org.springframework.validation.BeanPropertyBindingResult(target, result.getObjectName());
        for (var error : result.getAllErrors()) {
            if (error instanceof org.springframework.validation.FieldError field) {
                copy.addError(new org.springframework.validation.FieldError(field.getObjectName(),
                        field.getField(), null, false, field.getCodes(), field.getArguments(),
                        field.getDefaultMessage()));
            } else {
                copy.addError(error);
            }
        }
        return copy;
    }

    /**
     * Puts the refusals of the rules a form's fields break beside those fields, unless the field is already refused
     * (a missing or malformed value): with the form's own checks, every mistake is shown in one round (ADR 0049).
     */
    public static void rejectAll(BindingResult result, java.util.List<RuleViolation> problems) {
        for (RuleViolation problem : problems) {
            if (problem.field() == null ? !result.hasGlobalErrors() : !result.hasFieldErrors(problem.field())) {
                reject(result, problem);
            }
        }
    }

    private static String currentPath() {
        var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    public static void reject(BindingResult result, RuleViolation violation) {
        if (violation instanceof cn.jianyi.shared.RuleViolations several) {
            several.all().forEach(each -> reject(result, each));
            return;
        }
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
