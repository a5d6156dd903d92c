package cn.jianyi.archive;

/**
 * A text folded for matching, as the letter parser matches: converter debris such as 關(guān)于 removed, full-width
 * forms to ASCII, odd spaces to plain spaces, common traditional characters to simplified ones, one character for one.
 */
public final class MatchingText {

    private MatchingText() {
    }

    /** The folded text (empty for null). */
    public static String of(String text) {
        return Normalized.of(text).norm();
    }
}
