package cn.jianyi.publication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import cn.jianyi.shared.MatchBudget;

/**
 * What the public copy removes from each text, worked out from the original: the detectors' and the rules' matches
 * (less those the clerk undid) and every occurrence of the clerk's marked passages. Overlapping spans are joined, so
 * nothing of either is left. A rule that runs out of its time budget is named in {@link #failedRules()}; no decision
 * is taken on a plan with one (what it would have removed is unknown).
 */
public final class RedactionPlan {

    /** An automatic match the clerk undid, by where it starts and what it holds. */
    public record Exemption(TextField field, int start, String matched) {
    }

    /** A passage the clerk marked, removed wherever it occurs. */
    public record Mark(long id, String passage, WithholdingGround category) {
    }

    private final Map<TextField, String> texts;
    private final Map<TextField, List<Redaction>> redactions = new EnumMap<>(TextField.class);
    private final Map<TextField, List<Redaction>> undone = new EnumMap<>(TextField.class);
    private final List<RedactionRule> failedRules = new ArrayList<>();

    private RedactionPlan(Map<TextField, String> texts) {
        this.texts = texts;
    }

    /** The plan for these texts under the rules that apply, the clerk's marks and the matches she undid. */
    public static RedactionPlan of(Map<TextField, String> texts, Collection<RedactionRule> rules,
                                   Collection<Mark> marks, Collection<Exemption> exemptions) {
        var plan = new RedactionPlan(new EnumMap<>(texts));
        for (TextField field : TextField.values()) {
            String text = texts.getOrDefault(field, "");
            var automatic = new ArrayList<Redaction>();
            for (PersonalDataDetectors.Found f : PersonalDataDetectors.find(text)) {
                if (field == TextField.CONTACT_LINE && f.kind() != RedactionKind.MOBILE) {
                    continue;
                }
                automatic.add(new Redaction(field, f.start(), f.end(), f.kind(), text.substring(f.start(), f.end()),
                        RedactionRule.DEFAULT_REPLACEMENT, null, null, null));
            }
            for (RedactionRule rule : field == TextField.CONTACT_LINE ? List.<RedactionRule>of() : rules) {
                plan.matchRule(field, text, rule, automatic);
            }
            List<Redaction> joined = join(automatic);
            var kept = new ArrayList<Redaction>();
            var undoneHere = new ArrayList<Redaction>();
            for (Redaction r : joined) {
                boolean exempt = exemptions.stream().anyMatch(e -> e.field() == field && e.start() == r.start()
                        && e.matched().equals(r.original()));
                (exempt ? undoneHere : kept).add(r);
            }
            for (Mark mark : field == TextField.CONTACT_LINE ? List.<Mark>of() : marks) {
                int from = 0;
                int at;
                while (!mark.passage().isEmpty() && (at = text.indexOf(mark.passage(), from)) >= 0) {
                    kept.add(new Redaction(field, at, at + mark.passage().length(), RedactionKind.MANUAL,
                            mark.passage(), RedactionRule.DEFAULT_REPLACEMENT, null, mark.id(), mark.category()));
                    from = at + mark.passage().length();
                }
            }
            plan.redactions.put(field, join(kept));
            plan.undone.put(field, undoneHere);
        }
        return plan;
    }

    private void matchRule(TextField field, String text, RedactionRule rule, List<Redaction> into) {
        try {
            Matcher matcher = rule.compiled().matcher(MatchBudget.within(text, MatchBudget.PER_TEXT));
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    into.add(new Redaction(field, matcher.start(), matcher.end(), RedactionKind.RULE,
                            text.substring(matcher.start(), matcher.end()), rule.replacement(), rule.id(), null, null));
                }
            }
        } catch (MatchBudget.Exceeded | StackOverflowError slow) {
            if (!failedRules.contains(rule)) {
                failedRules.add(rule);
            }
        }
    }

    /** Sorted by start; overlapping or touching-inside spans joined into the first one's kind and replacement. */
    private static List<Redaction> join(List<Redaction> spans) {
        var sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Redaction::start).thenComparing(r -> -r.end()));
        var joined = new ArrayList<Redaction>();
        for (Redaction r : sorted) {
            if (!joined.isEmpty() && r.start() < joined.get(joined.size() - 1).end()) {
                Redaction last = joined.remove(joined.size() - 1);
                int end = Math.max(last.end(), r.end());
                String original = last.original() + (r.end() > last.end()
                        ? r.original().substring(last.end() - r.start()) : "");
                joined.add(new Redaction(last.field(), last.start(), end, last.kind(), original, last.replacement(),
                        last.ruleId(), last.markId(), last.category()));
            } else {
                joined.add(r);
            }
        }
        return joined;
    }

    /** The spans removed from a text, in order. */
    public List<Redaction> redactionsOf(TextField field) {
        return redactions.getOrDefault(field, List.of());
    }

    /** Every span removed, text by text. */
    public List<Redaction> all() {
        return redactions.values().stream().flatMap(List::stream).toList();
    }

    /** The automatic matches the clerk undid in a text: they stay in the public copy. */
    public List<Redaction> undoneOf(TextField field) {
        return undone.getOrDefault(field, List.of());
    }

    /** Rules that ran out of their time budget on these texts. */
    public List<RedactionRule> failedRules() {
        return List.copyOf(failedRules);
    }

    /** The text as published: each span replaced. */
    public String redacted(TextField field) {
        String text = texts.getOrDefault(field, "");
        var out = new StringBuilder(text.length());
        int at = 0;
        for (Redaction r : redactionsOf(field)) {
            out.append(text, at, r.start()).append(r.replacement());
            at = r.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The original text cut into plain and removed pieces, for the clerk's page to highlight. */
    public List<Piece> pieces(TextField field) {
        String text = texts.getOrDefault(field, "");
        var pieces = new ArrayList<Piece>();
        var spans = new ArrayList<Piece>();
        redactionsOf(field).forEach(r -> spans.add(new Piece(text.substring(r.start(), r.end()), r, false)));
        undoneOf(field).forEach(r -> spans.add(new Piece(text.substring(r.start(), r.end()), r, true)));
        spans.sort(Comparator.comparingInt(p -> p.redaction().start()));
        int at = 0;
        for (Piece span : spans) {
            if (span.redaction().start() < at) {
                continue;               // an undone match inside a kept one: the kept one shows
            }
            if (span.redaction().start() > at) {
                pieces.add(new Piece(text.substring(at, span.redaction().start()), null, false));
            }
            pieces.add(span);
            at = span.redaction().end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null, false));
        }
        return pieces;
    }

    /**
     * A piece of an original text on the clerk's page: plain text ({@code redaction == null}), a removed span, or an
     * automatic match she undid ({@code undone}).
     */
    public record Piece(String text, Redaction redaction, boolean undone) {
    }
}
