package cn.jianyi.archive;

/**
 * One field as the parser found it: the value ({@code null} when the letter does not state it, never a guess) and
 * how sure the parser is, from 0 to 1; a value below {@link #REVIEW_BELOW} is marked for the clerk's review.
 */
public record Extracted<T>(T value, double confidence) {

    /** Confidence under which the review screen marks a field. */
    public static final double REVIEW_BELOW = 0.8;

    public Extracted {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    /** The letter does not state the field: no value, and the parser is sure of that to the given degree. */
    public static <T> Extracted<T> absent(double confidence) {
        return new Extracted<>(null, confidence);
    }

    public static <T> Extracted<T> of(T value, double confidence) {
        return new Extracted<>(value, confidence);
    }

    public boolean present() {
        return value != null;
    }

    public boolean needsReview() {
        return confidence < REVIEW_BELOW;
    }
}
