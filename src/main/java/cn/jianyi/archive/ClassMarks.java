package cn.jianyi.archive;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The class of the reply (A–D) in every printed form: 类 别:B, 分类:A, 办理结果:(C), 办复类别:B类, (B類) glued to the
 * number, …的答复(B) at the end of the title, a bare letter on its own line near the top. 类别:提案 is no class.
 */
final class ClassMarks {

    private static final Pattern LABELLED = Pattern.compile(
            "(?:类别|分类|类型|办理结果|答复类型|办理类别)[:]?[(\\[]?([A-D])类?[)\\]]?(?![A-Za-z])");
    private static final Pattern AFTER_TITLE = Pattern.compile("(?:答复|复函|回复|的函|答复函|意见)[(\\[]([A-D])类?[)\\]]$");
    private static final Pattern GLUED = Pattern.compile("号[(\\[]?([A-D])类[)\\]]?|号[(\\[]([A-D])[)\\]]");
    private static final Pattern BARE = Pattern.compile("^[(\\[]?([A-D])类?[)\\]]?$");

    private ClassMarks() {
    }

    /** The class among the compact lines; {@code salutation} is the index of the salutation line or -1. */
    static Extracted<String> find(List<Normalized> compactLines, int salutation) {
        String found = first(compactLines, LABELLED, Integer.MAX_VALUE);
        if (found == null) {
            found = first(compactLines, AFTER_TITLE, salutation < 0 ? 12 : salutation);
        }
        if (found == null) {
            found = first(compactLines, GLUED, salutation < 0 ? 12 : salutation);
        }
        if (found != null) {
            return Extracted.of(found, 0.95);
        }
        int top = 0;
        for (int i = 0; i < compactLines.size() && (salutation < 0 ? top < 6 : i < salutation); i++) {
            Normalized line = compactLines.get(i);
            if (!line.norm().isEmpty()) {
                top++;
                Matcher m = BARE.matcher(line.norm());
                if (m.matches()) {
                    return Extracted.of(m.group(1), 0.85);
                }
            }
        }
        return Extracted.absent(0.9);
    }

    private static boolean hasClassLetter(String norm) {
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c >= 'A' && c <= 'D') {
                return true;
            }
        }
        return false;
    }

    private static String first(List<Normalized> lines, Pattern pattern, int before) {
        for (int i = 0; i < lines.size() && i < before; i++) {
            if (!hasClassLetter(lines.get(i).norm())) {
                continue;
            }
            Matcher m = pattern.matcher(lines.get(i).norm());
            if (m.find()) {
                return m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return null;
    }
}
