package cn.jianyi.handling;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.rules.ClassificationScheme;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/** Lays out replies and unsaved drafts as letters, with the feedback form prefilled from the case. */
@Service
@Transactional(readOnly = true)
public class ReplyLetters {

    private final SuggestionManagement suggestions;
    private final Directory directory;
    private final ObjectProvider<FeedbackFormAnswers> answers;
    private final RuleSets ruleSets;

    ReplyLetters(SuggestionManagement suggestions, Directory directory, ObjectProvider<FeedbackFormAnswers> answers,
                 RuleSets ruleSets) {
        this.ruleSets = ruleSets;
        this.suggestions = suggestions;
        this.directory = directory;
        this.answers = answers;
    }

    /** The letter of a stored reply; for a signed reply the deputy's answer is ticked on the form if given. */
    public ReplyLetter of(Reply reply) {
        ReplyLetter letter = layout(reply.id(), reply.suggestionId(), reply.signedLetterhead(), reply.unitId(), reply.content(),
                ruleSets.scheme(reply.classificationScheme()),
                reply.documentNumber() == null ? null : reply.documentNumber().toString(), reply.signedOn());
        if (reply.isSigned()) {
            FeedbackFormAnswers provider = answers.getIfAvailable();
            Optional<ReplyLetter.FormAnswer> answer = provider == null ? Optional.empty()
                    : provider.answerFor(reply.id());
            if (answer.isPresent()) {
                return letter.withAnswer(answer.get());
            }
        }
        return letter;
    }

    /** A preview of content not yet saved. */
    public ReplyLetter preview(long suggestionId, long unitId, ReplyContent content) {
        return layout(null, suggestionId, null, unitId, content,
                ruleSets.schemeForMeeting(suggestions.get(suggestionId).meetingId()), null, null);
    }

    /** {@code signedAs}: the unit as a signed reply recorded it, or {@code null} to print the unit as it is now. */
    private ReplyLetter layout(Long replyId, long suggestionId, HandlingUnit signedAs, long unitId, ReplyContent content,
                               ClassificationScheme scheme, String documentNumber, java.time.LocalDate signedOn) {
        Suggestion suggestion = suggestions.get(suggestionId);
        HandlingUnit unit = signedAs != null ? signedAs : directory.unit(unitId);
        Deputy deputy = directory.deputy(suggestion.leadDeputyId());
        var form = new ReplyLetter.FeedbackFormView(suggestion.number(), deputy.name(), deputy.address(),
                deputy.postcode(), suggestion.title(), unit.shortName(), unit.phone(), unit.postcode(), null);
        return new ReplyLetter(replyId, unit.fullName(), documentNumber,
                content.classification() == null ? null : scheme.codeOf(content.classification().name()),
                nullToEmpty(content.title()), nullToEmpty(content.salutation()),
                ReplyLetter.paragraphsOf(nullToEmpty(content.body())), signedOn, content.copyTo(),
                nullToEmpty(content.contactUnit()), nullToEmpty(content.contactPhone()),
                nullToEmpty(content.postcode()), form);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
