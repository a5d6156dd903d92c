package cn.jianyi.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication marks (公开方式:主动公开, (此件主动公开), 是否同意公开:是, 同意公开) and the satisfaction checked on a filled
 * feedback form (满意 / 基本满意 / 不满意 with a checked box; a question such as 您是否满意 is no answer).
 */
final class Marks {

    private static final Pattern PUBLICITY_LABELLED = Pattern.compile(
            "(?:公开方式|公开属性|公开类型)[:|]*(主动公开|依申请公开|不予公开|不公开|免予公开)");
    private static final Pattern PUBLICITY_LINE = Pattern.compile(
            "^[(\\[]?(此件[\\p{IsHan}]{0,6}公开[\\p{IsHan}]{0,4}|是否(?:同意)?公开:[\\p{IsHan}]{1,4}|不?同意公开)[)\\]]?$");
    private static final Pattern OPTION = Pattern.compile("基本满意|不满意|满意");
    private static final String BOX = "(?:<input[^>]*>|[□☐☑☒√✓✔■▇●]|\\(\\s*[√✓✔]?\\s*\\))";
    private static final Pattern BOX_BEFORE = Pattern.compile(BOX + "\\s*$");
    private static final Pattern BOX_AFTER = Pattern.compile("^\\s*" + BOX);
    private static final Pattern CHECKED = Pattern.compile("checked|[☑☒√✓✔■▇●]");

    private Marks() {
    }

    static Extracted<String> publicity(List<Normalized> compactLines) {
        for (Normalized line : compactLines) {
            if (line.norm().indexOf("公开") < 0) {
                continue;
            }
            Matcher m = PUBLICITY_LABELLED.matcher(line.norm());
            if (m.find()) {
                return Extracted.of(line.shown(m.start(1), m.end(1)), 0.9);
            }
            m = PUBLICITY_LINE.matcher(line.norm());
            if (m.matches()) {
                return Extracted.of(line.shown(m.start(1), m.end(1)), 0.92);
            }
        }
        return Extracted.absent(0.9);
    }

    /**
     * The one option checked on a feedback form in the text (norm), or absent when none or several are. Whether a
     * form puts its boxes before or after the options is read from the form itself (a box on one side of every
     * option), so ☑满意 □基本满意 and 满意 ☑ 基本满意 □ are both read right.
     */
    static Extracted<String> satisfaction(String norm) {
        if (norm.indexOf("满意") < 0) {
            return Extracted.absent(0.95);
        }
        List<int[]> options = new ArrayList<>();
        int before = 0;
        int after = 0;
        Matcher m = OPTION.matcher(norm);
        while (m.find()) {
            String left = norm.substring(Math.max(0, m.start() - 60), m.start());
            String right = norm.substring(m.end(), Math.min(norm.length(), m.end() + 60));
            boolean boxBefore = BOX_BEFORE.matcher(left).find();
            boolean boxAfter = BOX_AFTER.matcher(right).find();
            before += boxBefore ? 1 : 0;
            after += boxAfter ? 1 : 0;
            options.add(new int[] {m.start(), m.end()});
        }
        if (before == after) {
            return Extracted.absent(before == 0 ? 0.9 : 0.5);
        }
        String found = null;
        for (int[] option : options) {
            Matcher box = before > after
                    ? BOX_BEFORE.matcher(norm.substring(Math.max(0, option[0] - 60), option[0]))
                    : BOX_AFTER.matcher(norm.substring(option[1], Math.min(norm.length(), option[1] + 60)));
            if (box.find() && CHECKED.matcher(box.group()).find()) {
                String value = norm.substring(option[0], option[1]);
                if (found != null && !found.equals(value)) {
                    return Extracted.absent(0.5);
                }
                found = value;
            }
        }
        return found == null ? Extracted.absent(0.85) : Extracted.of(found, 0.9);
    }
}
