package cn.jianyi.publication;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.Reply;
import cn.jianyi.rules.PublicDisclosure;
import cn.jianyi.suggestion.Suggestion;

/**
 * The one place that writes the public tables ({@code published_copies}, {@code published_redactions}; ADR 0057):
 * the redacted texts of a plan and the letter's fields as they stand, never an original text, and the list of what
 * was removed without the removed text. Runs inside the decision's or the withdrawal's transaction.
 */
@Component
class PublicCopyStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicCopyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes (or rewrites) the public copy of a decided record; returns how many spans were removed. */
    @Transactional(propagation = Propagation.MANDATORY)
    int write(Publication publication, Reply reply, Suggestion suggestion, long congressId, String deputyName,
              RedactionPlan plan, PublicDisclosure disclosure, Satisfaction rating) {
        delete(publication.id());
        jdbc.sql("""
                        insert into published_copies (publication_id, suggestion_id, reply_id, congress_id, meeting_id,
                            unit_id, subject_area, classification, outcome,
                            suggestion_number, deputy_name, suggestion_title, suggestion_text, reply_title,
                            reply_salutation, reply_body, document_number, unit_name, signed_on, contact_line, copy_to,
                            redactions, published_at, suggestion_text_kind, satisfaction)
                        values (:publication, :suggestion, :reply, :congress, :meeting, :unit, :subjectArea, :class,
                            :outcome, :number, :deputy, :title,
                            :text, :replyTitle, :salutation, :body, :docNumber, :unitName, :signedOn, :contact, :copyTo,
                            :redactions, :at, :textKind, :satisfaction)""")
                .param("publication", publication.id()).param("suggestion", suggestion.id())
                .param("reply", reply.id()).param("meeting", suggestion.meetingId()).param("unit", reply.unitId())
                .param("congress", congressId)
                .param("subjectArea", suggestion.category().name())
                .param("class", reply.effectiveClassification().name())
                .param("outcome", publication.status().name()).param("number", suggestion.number())
                .param("deputy", deputyName)
                .param("title", plan.redacted(TextField.SUGGESTION_TITLE))
                .param("text", plan.redacted(TextField.SUGGESTION_TEXT))
                .param("replyTitle", reply.title()).param("salutation", reply.salutation())
                .param("body", plan.redacted(TextField.REPLY_BODY))
                .param("docNumber", reply.documentNumber().toString())
                .param("unitName", reply.signedLetterhead().fullName()).param("signedOn", reply.signedOn())
                .param("contact", plan.redacted(TextField.CONTACT_LINE))
                .param("copyTo", reply.copyTo().isEmpty() ? null : String.join("，", reply.copyTo()))
                .param("redactions", plan.all().size()).param("at", Timestamp.from(clock.instant()))
                .param("textKind", disclosure.suggestionText().name())
                .param("satisfaction", disclosure.satisfaction() && rating != null ? rating.name() : null)
                .update();
        for (Redaction r : plan.all()) {
            jdbc.sql("""
                            insert into published_redactions (publication_id, field, kind, category, rule_id, replacement)
                            values (:publication, :field, :kind, :category, :rule, :replacement)""")
                    .param("publication", publication.id()).param("field", r.field().name())
                    .param("kind", r.kind().name()).param("category", r.category() == null ? null : r.category().name())
                    .param("rule", r.ruleId()).param("replacement", r.replacement()).update();
        }
        return plan.all().size();
    }

    /**
     * Sets the rating the public copy of a reply shows (null: none), where the rules publish ratings; a reply without
     * a public copy is left alone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void rate(long replyId, Satisfaction rating) {
        jdbc.sql("update published_copies set satisfaction = :satisfaction where reply_id = :reply")
                .param("satisfaction", rating == null ? null : rating.name()).param("reply", replyId).update();
    }

    /** Removes the ratings from every public copy of a congress (its rules stopped publishing them). */
    @Transactional(propagation = Propagation.MANDATORY)
    void clearRatings(long congressId) {
        jdbc.sql("update published_copies set satisfaction = null where congress_id = :congress")
                .param("congress", congressId).update();
    }

    /** Takes a public copy down with its list of removals (withdrawal); nothing of it stays in a public table. */
    @Transactional(propagation = Propagation.MANDATORY)
    void delete(long publicationId) {
        jdbc.sql("delete from published_copies where publication_id = :id").param("id", publicationId).update();
    }
}
