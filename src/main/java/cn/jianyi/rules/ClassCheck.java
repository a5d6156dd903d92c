package cn.jianyi.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.jianyi.shared.MatchBudget;

/**
 * 分类一致性检查: compares a reply's wording with its class by the rules kept with the class. The text is cut into
 * sentences ({@link Sentences}); a {@link ClassCheckRule.Kind#CONTRADICTS} rule warns with every sentence it matches,
 * an {@link ClassCheckRule.Kind#EXPECTS_DATE} rule warns when no sentence names a date or deadline and no commitment is
 * recorded. Each rule has {@link MatchBudget#PER_TEXT} for the whole text; one that runs out says so rather than
 * holding the page. The check informs and never blocks.
 */
public final class ClassCheck {

    private final List<ClassCheckRule> rules;

    /** The check by the rules of one class. */
    ClassCheck(List<ClassCheckRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The warnings the text raises, in the rules' order.
     *
     * @param commitmentRecorded the reply has at least one recorded commitment (跟踪办理) with its due date
     */
    public List<ClassWarning> warnings(String text, boolean commitmentRecorded) {
        List<String> sentences = Sentences.of(text);
        var warnings = new ArrayList<ClassWarning>();
        for (ClassCheckRule rule : rules) {
            if (rule.kind() == ClassCheckRule.Kind.EXPECTS_DATE && commitmentRecorded) {
                continue;
            }
            List<String> matching;
            try {
                matching = matching(rule.compiled(), sentences);
            } catch (MatchBudget.Exceeded | StackOverflowError slow) {
                warnings.add(new ClassWarning(id(rule), rule.kind(), rule.message(), List.of(), true));
                continue;
            }
            if (rule.kind() == ClassCheckRule.Kind.CONTRADICTS && !matching.isEmpty()) {
                warnings.add(new ClassWarning(id(rule), rule.kind(), rule.message(), matching, false));
            } else if (rule.kind() == ClassCheckRule.Kind.EXPECTS_DATE && matching.isEmpty()) {
                warnings.add(new ClassWarning(id(rule), rule.kind(), rule.message(), List.of(), false));
            }
        }
        return warnings;
    }

    /** The sentences the pattern finds something in, within one budget for the whole text. */
    private static List<String> matching(Pattern pattern, List<String> sentences) {
        long deadline = System.nanoTime() + MatchBudget.PER_TEXT.toNanos();
        var found = new ArrayList<String>();
        for (String sentence : sentences) {
            var budget = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (pattern.matcher(MatchBudget.within(sentence, budget)).find()) {
                found.add(sentence);
            }
        }
        return found;
    }

    private static long id(ClassCheckRule rule) {
        return rule.id() == null ? 0 : rule.id();
    }
}
