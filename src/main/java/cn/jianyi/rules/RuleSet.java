package cn.jianyi.rules;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.calendar.Window;
import cn.jianyi.calendar.WindowUnit;

/**
 * One version of a congress's handling rules. A version is never edited: a change is saved as the next version, so
 * every earlier rule stays on record. {@code id == null} with version 0 is the built-in national baseline, in force
 * until the congress saves its own.
 */
@Table("rule_sets")
public record RuleSet(@Id Long id, Long congressId, int version, LocalDate effectiveFrom,
                      int replyAmount, WindowUnit replyUnit, int complexAmount, WindowUnit complexUnit,
                      int returnAmount, WindowUnit returnUnit, int opinionAmount, WindowUnit opinionUnit,
                      int extensionAmount, WindowUnit extensionUnit, int rehandlingAmount, WindowUnit rehandlingUnit,
                      Integer feedbackAmount, WindowUnit feedbackUnit, int publicationAmount,
                      WindowUnit publicationUnit, String classificationScheme, boolean contactMandatory,
                      FeedbackAnswerers feedbackAnswerers, boolean countersignRequired, String note, String createdBy,
                      Instant createdAt) {

    /** The national baseline (domain guide §4.1): 3 / 6 months, 7 working days, 1 month, 3 months, 1 month, 20 WD. */
    public static RuleSet nationalBaseline(long congressId) {
        return new RuleSet(null, congressId, 0, LocalDate.of(2000, 1, 1), 3, WindowUnit.MONTHS, 6, WindowUnit.MONTHS,
                7, WindowUnit.WORKDAYS, 1, WindowUnit.MONTHS, 3, WindowUnit.MONTHS, 1, WindowUnit.MONTHS, null, null,
                20, WindowUnit.WORKDAYS, "NPC", false, FeedbackAnswerers.LEAD_ONLY, false, null, "system",
                Instant.EPOCH);
    }

    public boolean isBaseline() {
        return id == null;
    }

    /** 答复期限, from 交办. */
    public Window reply() {
        return new Window(replyAmount, replyUnit);
    }

    /** 答复期限 for a suggestion marked complex (涉及面广、处理难度大) at 交办. */
    public Window complexReply() {
        return new Window(complexAmount, complexUnit);
    }

    /** 申请退回 window, from 交办. */
    public Window returnWindow() {
        return new Window(returnAmount, returnUnit);
    }

    /** 协办意见 due to the lead unit, from 交办. */
    public Window coUnitOpinion() {
        return new Window(opinionAmount, opinionUnit);
    }

    /** The furthest an approved extension reaches beyond the current deadline. */
    public Window extensionLimit() {
        return new Window(extensionAmount, extensionUnit);
    }

    /** 重新办理 reply, from the office's decision. */
    public Window rehandling() {
        return new Window(rehandlingAmount, rehandlingUnit);
    }

    /** The deputy's feedback window from the reply, if the congress sets one (otherwise reminders only). */
    public Window feedbackWindow() {
        return feedbackAmount == null ? null : new Window(feedbackAmount, feedbackUnit);
    }

    /** 公开 window, from the reply. */
    public Window publication() {
        return new Window(publicationAmount, publicationUnit);
    }
}
