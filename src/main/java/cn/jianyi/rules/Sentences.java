package cn.jianyi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reply's text cut into sentences: after 。！？；(and their half-width forms !?;) and at line breaks. Closing quotes
 * and brackets stay with the sentence they close. A line that is only a date (the letter's own date, 2021年9月2日) is
 * not a sentence of the reply, so it never counts as a promised deadline.
 */
final class Sentences {

    private static final String ENDS = "。！？；!?;";
    private static final String CLOSERS = "”’」』）)】》\"'";
    private static final Pattern DATE_LINE = Pattern.compile("\\d{4}\\s*年\\s*\\d{0,2}\\s*月\\s*\\d{0,2}\\s*日");

    private Sentences() {
    }

    static List<String> of(String text) {
        var sentences = new ArrayList<String>();
        if (text == null) {
            return sentences;
        }
        var current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(current, sentences);
                continue;
            }
            current.append(c);
            if (ENDS.indexOf(c) >= 0) {
                while (i + 1 < text.length() && CLOSERS.indexOf(text.charAt(i + 1)) >= 0) {
                    current.append(text.charAt(++i));
                }
                add(current, sentences);
            }
        }
        add(current, sentences);
        return sentences;
    }

    private static void add(StringBuilder current, List<String> into) {
        String sentence = current.toString().strip();
        current.setLength(0);
        if (!sentence.isEmpty() && !DATE_LINE.matcher(sentence).matches()) {
            into.add(sentence);
        }
    }
}
