package cn.jianyi.rules;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.calendar.Window;

/**
 * One version of a congress's handling rules. A version is never edited: a change is saved as the next version, so
 * every earlier rule stays on record. {@code id == null} with version 0 is the built-in national baseline, in force
 * until the congress saves its own.
 *
 * <p>Each window is an embedded {@link Window} stored in its {@code xxx_amount} / {@code xxx_unit} column pair; the
 * {@link Revision} (note, author, time) is stored in its own columns.
 *
 * @param reply          答复期限, from 交办
 * @param complexReply   答复期限 for a suggestion marked complex (涉及面广、处理难度大) at 交办
 * @param returnWindow   申请退回 window, from 交办
 * @param coUnitOpinion  协办意见 due to the lead unit, from 交办
 * @param extensionLimit the furthest an approved extension reaches beyond the current deadline
 * @param rehandling     重新办理 reply, from the office's decision: the default date the office is offered
 * @param rehandlingShortest the earliest re-handling deadline the office may set, from its decision
 * @param rehandlingLongest  the latest re-handling deadline the office may set, from its decision
 * @param feedbackWindow the deputy's feedback window from the reply, if the congress sets one (otherwise
 *                       {@code null}: reminders only)
 * @param publication    公开 window, from the reply
 * @param disclosure     what the public copy shows beyond the reply: the suggestion's full text or a summary, and
 *                       whether the deputy's rating
 */
@Table("rule_sets")
public record RuleSet(@Id Long id, Long congressId, int version, LocalDate effectiveFrom,
                      @Embedded.Nullable(prefix = "reply_") Window reply,
                      @Embedded.Nullable(prefix = "complex_") Window complexReply,
                      @Embedded.Nullable(prefix = "return_") Window returnWindow,
                      @Embedded.Nullable(prefix = "opinion_") Window coUnitOpinion,
                      @Embedded.Nullable(prefix = "extension_") Window extensionLimit,
                      @Embedded.Nullable(prefix = "rehandling_") Window rehandling,
                      @Embedded.Nullable(prefix = "rehandling_min_") Window rehandlingShortest,
                      @Embedded.Nullable(prefix = "rehandling_max_") Window rehandlingLongest,
                      @Embedded.Nullable(prefix = "feedback_") Window feedbackWindow,
                      @Embedded.Nullable(prefix = "publication_") Window publication,
                      String classificationScheme, boolean contactMandatory, FeedbackAnswerers feedbackAnswerers,
                      boolean countersignRequired,
                      @Embedded.Empty(prefix = "public_") PublicDisclosure disclosure,
                      @Embedded.Nullable Revision revision) {

    public RuleSet {
        disclosure = disclosure == null ? PublicDisclosure.baseline() : disclosure;
    }

    /** Who saved a version, when, and why. */
    public record Revision(String note, String createdBy, Instant createdAt) {
    }

    /**
     * The national baseline (domain guide §4.1): 3 / 6 months, 7 working days, 1 month, 3 months, 1 month (re-handling;
     * the office may set 1 to 2 months, the range the guide found), 20 WD.
     */
    public static RuleSet nationalBaseline(long congressId) {
        return new RuleSet(null, congressId, 0, LocalDate.of(2000, 1, 1), Window.months(3), Window.months(6),
                Window.workdays(7), Window.months(1), Window.months(3), Window.months(1), Window.months(1),
                Window.months(2), null, Window.workdays(20),
                "NPC", false, FeedbackAnswerers.LEAD_ONLY, false, PublicDisclosure.baseline(),
                new Revision(null, "system", Instant.EPOCH));
    }

    public boolean isBaseline() {
        return id == null;
    }
}
