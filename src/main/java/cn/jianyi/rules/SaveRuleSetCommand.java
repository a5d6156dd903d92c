package cn.jianyi.rules;

import java.time.LocalDate;

import cn.jianyi.calendar.WindowUnit;
import cn.jianyi.shared.Actor;

/**
 * A new version of a congress's rules, as the administrator entered it: every window is given, as an empty
 * {@link WindowEntry} where nothing was entered. Build one by name with {@link #startingFrom(RuleSet)}: the rules in
 * force, with what changes.
 *
 * @param readVersion the version in force when the form was read (0: the national baseline): another version saved
 *                    since refuses this one ({@code StaleVersion}) instead of replacing it unseen; {@code null}, not
 *                    checked
 */
public record SaveRuleSetCommand(long congressId, LocalDate effectiveFrom, WindowEntry reply, WindowEntry complex,
                                 WindowEntry returnWindow, WindowEntry opinion, WindowEntry extension,
                                 WindowEntry rehandling, WindowEntry rehandlingShortest,
                                 WindowEntry rehandlingLongest, WindowEntry feedback, WindowEntry publication,
                                 String classificationScheme, boolean contactMandatory,
                                 FeedbackAnswerers feedbackAnswerers, boolean countersignRequired,
                                 PublicDisclosure disclosure, String note, Actor actor, Integer readVersion) {

    /** A new version of the given rules' congress that keeps every rule until the builder changes it. */
    public static Builder startingFrom(RuleSet rules) {
        return new Builder(rules);
    }

    /** Named construction of a {@link SaveRuleSetCommand}; each window is set as amount and unit. */
    public static final class Builder {

        private final long congressId;
        private LocalDate effectiveFrom;
        private WindowEntry reply;
        private WindowEntry complex;
        private WindowEntry returnWindow;
        private WindowEntry opinion;
        private WindowEntry extension;
        private WindowEntry rehandling;
        private WindowEntry rehandlingShortest;
        private WindowEntry rehandlingLongest;
        private WindowEntry feedback;
        private WindowEntry publication;
        private String classificationScheme;
        private boolean contactMandatory;
        private FeedbackAnswerers feedbackAnswerers;
        private boolean countersignRequired;
        private PublicDisclosure disclosure;
        private String note;

        private Builder(RuleSet rules) {
            congressId = rules.congressId();
            effectiveFrom = rules.effectiveFrom();
            reply = WindowEntry.of(rules.reply());
            complex = WindowEntry.of(rules.complexReply());
            returnWindow = WindowEntry.of(rules.returnWindow());
            opinion = WindowEntry.of(rules.coUnitOpinion());
            extension = WindowEntry.of(rules.extensionLimit());
            rehandling = WindowEntry.of(rules.rehandling());
            rehandlingShortest = WindowEntry.of(rules.rehandlingShortest());
            rehandlingLongest = WindowEntry.of(rules.rehandlingLongest());
            feedback = WindowEntry.of(rules.feedbackWindow());
            publication = WindowEntry.of(rules.publication());
            classificationScheme = rules.classificationScheme();
            contactMandatory = rules.contactMandatory();
            feedbackAnswerers = rules.feedbackAnswerers();
            countersignRequired = rules.countersignRequired();
            disclosure = rules.disclosure();
        }

        public Builder effectiveFrom(LocalDate date) {
            effectiveFrom = date;
            return this;
        }

        public Builder reply(Integer amount, WindowUnit unit) {
            reply = new WindowEntry(amount, unit);
            return this;
        }

        public Builder complex(Integer amount, WindowUnit unit) {
            complex = new WindowEntry(amount, unit);
            return this;
        }

        public Builder returnWindow(Integer amount, WindowUnit unit) {
            returnWindow = new WindowEntry(amount, unit);
            return this;
        }

        public Builder opinion(Integer amount, WindowUnit unit) {
            opinion = new WindowEntry(amount, unit);
            return this;
        }

        public Builder extension(Integer amount, WindowUnit unit) {
            extension = new WindowEntry(amount, unit);
            return this;
        }

        public Builder rehandling(Integer amount, WindowUnit unit) {
            rehandling = new WindowEntry(amount, unit);
            return this;
        }

        /** The bounds within which the office sets a re-handling deadline. */
        public Builder rehandlingBounds(Integer shortestAmount, WindowUnit shortestUnit, Integer longestAmount,
                                        WindowUnit longestUnit) {
            rehandlingShortest = new WindowEntry(shortestAmount, shortestUnit);
            rehandlingLongest = new WindowEntry(longestAmount, longestUnit);
            return this;
        }

        /** The feedback window; {@code (null, null)} for none. */
        public Builder feedback(Integer amount, WindowUnit unit) {
            feedback = new WindowEntry(amount, unit);
            return this;
        }

        public Builder publication(Integer amount, WindowUnit unit) {
            publication = new WindowEntry(amount, unit);
            return this;
        }

        public Builder scheme(String code) {
            classificationScheme = code;
            return this;
        }

        public Builder contactMandatory(boolean mandatory) {
            contactMandatory = mandatory;
            return this;
        }

        public Builder feedbackAnswerers(FeedbackAnswerers answerers) {
            feedbackAnswerers = answerers;
            return this;
        }

        public Builder countersignRequired(boolean required) {
            countersignRequired = required;
            return this;
        }

        public Builder disclosure(PublicDisclosure.SuggestionText suggestionText, boolean satisfaction) {
            disclosure = new PublicDisclosure(suggestionText, satisfaction);
            return this;
        }

        public Builder note(String text) {
            note = text;
            return this;
        }

        public SaveRuleSetCommand by(Actor actor) {
            return new SaveRuleSetCommand(congressId, effectiveFrom, reply, complex, returnWindow, opinion, extension,
                    rehandling, rehandlingShortest, rehandlingLongest, feedback, publication, classificationScheme, contactMandatory, feedbackAnswerers,
                    countersignRequired, disclosure, note, actor, null);
        }
    }
}
