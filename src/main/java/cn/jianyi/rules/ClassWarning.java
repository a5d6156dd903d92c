package cn.jianyi.rules;

import java.util.List;

/**
 * 分类提示: one rule of the reply's class that its wording raises, with the rule's message and the sentences that
 * raise it (none for a missing deadline: nothing in the text names one). It informs and never blocks.
 *
 * @param timedOut the rule ran out of its matching budget on this text, so the check could not tell
 */
public record ClassWarning(long ruleId, ClassCheckRule.Kind kind, String message, List<String> sentences,
                           boolean timedOut) {

    public ClassWarning {
        sentences = List.copyOf(sentences);
    }
}
