package cn.jianyi.publication;

/**
 * One span removed from a text of the public copy: {@code [start, end)} of the original, which the clerk sees
 * highlighted; the public copy shows {@code replacement} instead.
 *
 * @param original what the span holds in the case file (for the clerk's page only; never stored in a public table)
 * @param ruleId   the rule that found it ({@link RedactionKind#RULE}), else {@code null}
 * @param markId   the clerk's mark that found it ({@link RedactionKind#MANUAL}), else {@code null}
 * @param category the mark's category ({@link RedactionKind#MANUAL}), else {@code null}
 */
public record Redaction(TextField field, int start, int end, RedactionKind kind, String original,
                        String replacement, Long ruleId, Long markId, WithholdingGround category) {

    /** Whether the clerk undoes it one by one (automatic) rather than by removing her mark (manual). */
    public boolean isAutomatic() {
        return kind.isAutomatic();
    }
}
