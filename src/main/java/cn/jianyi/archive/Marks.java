package cn.jianyi.archive;

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
    private static final String CHECKED = "(?:<input[^>]*checked[^>]*>|[☑√✓✔■▇●]|\\(\\s*[√✓✔]\\s*\\))";
    private static final Pattern SATISFACTION = Pattern.compile(
            "(?:(基本满意|不满意|满意)\\s*" + CHECKED + ")|(?:(?:☑|√|✓|✔|■)\\s*(基本满意|不满意|满意))");

    private Marks() {
    }

    static Extracted<String> publicity(List<Normalized> compactLines) {
        for (Normalized line : compactLines) {
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

    /** The one option checked in the text (norm), or absent when none or several are. */
    static Extracted<String> satisfaction(String norm) {
        if (norm.indexOf("满意") < 0) {
            return Extracted.absent(0.95);
        }
        Matcher m = SATISFACTION.matcher(norm);
        String found = null;
        while (m.find()) {
            String option = m.group(1) != null ? m.group(1) : m.group(2);
            if (found != null && !found.equals(option)) {
                return Extracted.absent(0.5);
            }
            found = option;
        }
        return found == null ? Extracted.absent(0.9) : Extracted.of(found, 0.9);
    }
}
