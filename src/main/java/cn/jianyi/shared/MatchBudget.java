package cn.jianyi.shared;

import java.time.Duration;

/**
 * A time budget for regular-expression matching: the text is handed to the matcher through a {@link CharSequence}
 * that checks the clock as it is read, so a catastrophic pattern (nested quantifiers backtracking on a long text)
 * stops with {@link Exceeded} instead of holding a thread for minutes. Java's matcher reads the text only through
 * {@code charAt}, so every step of backtracking passes the check. Used by the redaction rules of public copies and
 * the class-check rules of replies, both written by the administrator (see {@link PatternGuard}).
 */
public final class MatchBudget {

    /** The budget of one rule on one text at decision time. */
    public static final Duration PER_TEXT = Duration.ofMillis(300);
    /** The budget of one rule on one probe when the administrator saves it. */
    public static final Duration PER_PROBE = Duration.ofMillis(100);

    private MatchBudget() {
    }

    /** The text, read within the budget from now. */
    public static CharSequence within(CharSequence text, Duration budget) {
        return new Budgeted(text, System.nanoTime() + budget.toNanos());
    }

    /** The matching ran out of its budget. */
    public static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("regular expression exceeded its time budget", null, false, false);
        }
    }

    private record Budgeted(CharSequence text, long deadline) implements CharSequence {

        @Override
        public char charAt(int index) {
            if (System.nanoTime() > deadline) {
                throw new Exceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.subSequence(start, end), deadline);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
