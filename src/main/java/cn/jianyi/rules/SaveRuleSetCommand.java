package cn.jianyi.rules;

import java.time.LocalDate;

import cn.jianyi.calendar.WindowUnit;
import cn.jianyi.shared.Actor;

/** A new version of a congress's rules, as the administrator entered it. */
public record SaveRuleSetCommand(long congressId, LocalDate effectiveFrom,
                                 Integer replyAmount, WindowUnit replyUnit, Integer complexAmount, WindowUnit complexUnit,
                                 Integer returnAmount, WindowUnit returnUnit, Integer opinionAmount,
                                 WindowUnit opinionUnit, Integer extensionAmount, WindowUnit extensionUnit,
                                 Integer rehandlingAmount, WindowUnit rehandlingUnit, Integer feedbackAmount,
                                 WindowUnit feedbackUnit, Integer publicationAmount, WindowUnit publicationUnit,
                                 String classificationScheme, boolean contactMandatory,
                                 FeedbackAnswerers feedbackAnswerers, String note, Actor actor,
                                 boolean countersignRequired) {

    /** Without 会签 (the national baseline has none). */
    public SaveRuleSetCommand(long congressId, LocalDate effectiveFrom, Integer replyAmount, WindowUnit replyUnit,
                              Integer complexAmount, WindowUnit complexUnit, Integer returnAmount, WindowUnit returnUnit,
                              Integer opinionAmount, WindowUnit opinionUnit, Integer extensionAmount,
                              WindowUnit extensionUnit, Integer rehandlingAmount, WindowUnit rehandlingUnit,
                              Integer feedbackAmount, WindowUnit feedbackUnit, Integer publicationAmount,
                              WindowUnit publicationUnit, String classificationScheme, boolean contactMandatory,
                              FeedbackAnswerers feedbackAnswerers, String note, Actor actor) {
        this(congressId, effectiveFrom, replyAmount, replyUnit, complexAmount, complexUnit, returnAmount, returnUnit,
                opinionAmount, opinionUnit, extensionAmount, extensionUnit, rehandlingAmount, rehandlingUnit,
                feedbackAmount, feedbackUnit, publicationAmount, publicationUnit, classificationScheme,
                contactMandatory, feedbackAnswerers, note, actor, false);
    }
}
