package cn.jianyi.rules.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.rules.FeedbackAnswerers;
import cn.jianyi.rules.PublicDisclosure;
import cn.jianyi.rules.RuleSet;
import cn.jianyi.rules.SaveRuleSetCommand;
import cn.jianyi.rules.WindowEntry;
import cn.jianyi.shared.Actor;

/**
 * 办理规则 form: every window as amount + unit (bound as {@code reply.amount}, {@code reply.unit}, …), the scheme, the
 * two switches. Rules are checked by the service. {@code version} is the version in force when the page was read
 * (hidden; 0 for the national baseline), so a version saved since refuses this one instead of being replaced unseen
 * (ADR 0065).
 */
record RuleSetForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
        WindowEntry reply, WindowEntry complex, WindowEntry returnWindow, WindowEntry opinion, WindowEntry extension,
        WindowEntry rehandling, WindowEntry rehandlingShortest, WindowEntry rehandlingLongest, WindowEntry feedback,
        WindowEntry publication, String classificationScheme, Boolean contactMandatory, FeedbackAnswerers feedbackAnswerers,
        Boolean countersignRequired, PublicDisclosure.SuggestionText publicSuggestionText, Boolean publicSatisfaction,
        @Size(max = 500, message = "{validation.tooLong}") String note,
        Integer version) {

    RuleSetForm {
        reply = WindowEntry.orEmpty(reply);                // a window without any value sent stays on the form, empty
        complex = WindowEntry.orEmpty(complex);
        returnWindow = WindowEntry.orEmpty(returnWindow);
        opinion = WindowEntry.orEmpty(opinion);
        extension = WindowEntry.orEmpty(extension);
        rehandling = WindowEntry.orEmpty(rehandling);
        rehandlingShortest = WindowEntry.orEmpty(rehandlingShortest);
        rehandlingLongest = WindowEntry.orEmpty(rehandlingLongest);
        feedback = WindowEntry.orEmpty(feedback);
        publication = WindowEntry.orEmpty(publication);
        contactMandatory = Boolean.TRUE.equals(contactMandatory);        // an unticked checkbox sends nothing
        countersignRequired = Boolean.TRUE.equals(countersignRequired);
        publicSatisfaction = Boolean.TRUE.equals(publicSatisfaction);
    }

    /** Prefilled with the rules in force, dated today. */
    static RuleSetForm of(RuleSet r, LocalDate today) {
        return new RuleSetForm(today, WindowEntry.of(r.reply()), WindowEntry.of(r.complexReply()),
                WindowEntry.of(r.returnWindow()), WindowEntry.of(r.coUnitOpinion()), WindowEntry.of(r.extensionLimit()),
                WindowEntry.of(r.rehandling()), WindowEntry.of(r.rehandlingShortest()),
                WindowEntry.of(r.rehandlingLongest()), WindowEntry.of(r.feedbackWindow()), WindowEntry.of(r.publication()),
                r.classificationScheme(), r.contactMandatory(), r.feedbackAnswerers(), r.countersignRequired(),
                r.disclosure().suggestionText(), r.disclosure().satisfaction(), null, r.version());
    }

    /** What was typed, as if read now with the {@code latest} version in force (ADR 0065). */
    RuleSetForm withVersion(Integer latest) {
        return new RuleSetForm(effectiveFrom, reply, complex, returnWindow, opinion, extension, rehandling,
                rehandlingShortest, rehandlingLongest, feedback, publication, classificationScheme, contactMandatory,
                feedbackAnswerers, countersignRequired, publicSuggestionText, publicSatisfaction, note, latest);
    }

    SaveRuleSetCommand toCommand(long congressId, Actor actor) {
        return new SaveRuleSetCommand(congressId, effectiveFrom, reply, complex, returnWindow, opinion, extension,
                rehandling, rehandlingShortest, rehandlingLongest, feedback, publication, classificationScheme,
                contactMandatory, feedbackAnswerers,
                countersignRequired, new PublicDisclosure(publicSuggestionText, publicSatisfaction), note, actor,
                version);
    }
}
