package cn.jianyi.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A letter's text twice, character for character aligned: {@link #shown} as written (converter debris such as
 * 關(guān)于 removed, nothing else changed) and {@link #norm} for matching (full-width forms folded to ASCII, odd
 * spaces to plain spaces, traditional characters to simplified). An index into one is an index into the other, so
 * a pattern found in {@code norm} gives back the value as the letter writes it.
 */
record Normalized(String shown, String norm) {

    /** Pinyin a converter left behind a character, e.g. 關(guān), not a real parenthesis such as (B). */
    private static final Pattern DEBRIS = Pattern.compile(
            "(?<=\\p{IsHan})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern CARRIAGE_RETURN = Pattern.compile("\\r\\n?");

    static Normalized of(String raw) {
        String text = CARRIAGE_RETURN.matcher(raw == null ? "" : raw).replaceAll("\n");
        if (text.contains("<!--")) {
            text = HTML_COMMENT.matcher(text).replaceAll("");
        }
        String shown = text.indexOf('(') < 0 && text.indexOf('（') < 0 ? text : DEBRIS.matcher(text).replaceAll("");
        char[] norm = shown.toCharArray();
        for (int i = 0; i < norm.length; i++) {
            norm[i] = Traditional.fold(norm[i]);
        }
        return new Normalized(shown, new String(norm));
    }

    /** The same text without any whitespace, still aligned (a spaced 联 系 人 reads 联系人). */
    Normalized compact() {
        StringBuilder shownOut = new StringBuilder(shown.length());
        StringBuilder normOut = new StringBuilder(norm.length());
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (!Character.isWhitespace(c)) {
                shownOut.append(shown.charAt(i));
                normOut.append(c);
            }
        }
        return new Normalized(shownOut.toString(), normOut.toString());
    }

    /** The lines, each aligned in itself. */
    List<Normalized> lines() {
        List<Normalized> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= norm.length(); i++) {
            if (i == norm.length() || norm.charAt(i) == '\n') {
                lines.add(new Normalized(shown.substring(start, i), norm.substring(start, i)));
                start = i + 1;
            }
        }
        return lines;
    }

    String shown(int start, int end) {
        return shown.substring(start, end);
    }

    boolean blank() {
        return norm.isBlank();
    }
}
