package cn.jianyi.rules.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.calendar.WindowUnit;
import cn.jianyi.rules.FeedbackAnswerers;
import cn.jianyi.rules.RuleSet;
import cn.jianyi.rules.SaveRuleSetCommand;
import cn.jianyi.shared.Actor;

/** 办理规则 form: every window as amount + unit, the scheme, the two switches. Rules are checked by the service. */
record RuleSetForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
        Integer replyAmount, WindowUnit replyUnit, Integer complexAmount, WindowUnit complexUnit,
        Integer returnAmount, WindowUnit returnUnit, Integer opinionAmount, WindowUnit opinionUnit,
        Integer extensionAmount, WindowUnit extensionUnit, Integer rehandlingAmount, WindowUnit rehandlingUnit,
        Integer feedbackAmount, WindowUnit feedbackUnit, Integer publicationAmount, WindowUnit publicationUnit,
        String classificationScheme, boolean contactMandatory, FeedbackAnswerers feedbackAnswerers,
        boolean countersignRequired, @Size(max = 500, message = "{validation.tooLong}") String note) {

    /** Prefilled with the rules in force, dated today. */
    static RuleSetForm of(RuleSet r, LocalDate today) {
        return new RuleSetForm(today, r.replyAmount(), r.replyUnit(), r.complexAmount(), r.complexUnit(),
                r.returnAmount(), r.returnUnit(), r.opinionAmount(), r.opinionUnit(), r.extensionAmount(),
                r.extensionUnit(), r.rehandlingAmount(), r.rehandlingUnit(), r.feedbackAmount(), r.feedbackUnit(),
                r.publicationAmount(), r.publicationUnit(), r.classificationScheme(), r.contactMandatory(),
                r.feedbackAnswerers(), r.countersignRequired(), null);
    }

    SaveRuleSetCommand toCommand(long congressId, Actor actor) {
        return new SaveRuleSetCommand(congressId, effectiveFrom, replyAmount, replyUnit, complexAmount, complexUnit,
                returnAmount, returnUnit, opinionAmount, opinionUnit, extensionAmount, extensionUnit, rehandlingAmount,
                rehandlingUnit, feedbackAmount, feedbackUnit, publicationAmount, publicationUnit, classificationScheme,
                contactMandatory, feedbackAnswerers, note, actor, countersignRequired);
    }
}
