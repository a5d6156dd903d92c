package cn.jianyi.shared.web;

import org.springframework.validation.BindingResult;

import cn.jianyi.shared.RuleViolation;

/** Puts a refused rule's message beside its field (or at the top of the form) so the form can be shown again. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult result, RuleViolation violation) {
        if (violation.field() != null) {
            result.rejectValue(violation.field(), violation.reasonKey(), violation.args(), null);
        } else {
            result.reject(violation.reasonKey(), violation.args(), null);
        }
    }
}
