package cn.jianyi.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The salutation: 尊敬的X代表, X委员, X、Y等委员, X等3名代表 (with or without colon, the reply possibly running on
 * after it), or a unit (双龙湖街道:) when a co-unit writes to the lead unit.
 */
final class Salutations {

    private static final String NAME = "[\\p{IsHan}·×*Xx○]{1,8}?";
    private static final Pattern PERSONS = Pattern.compile("^(?:尊敬的)?((?:" + NAME + "[、,])*" + NAME + ")"
            + "(?:等[\\d一二三四五六七八九十]*[名位]?)?(代表|委员)(?:们)?(?:同志)?(?::|$|,(?=[您你])|(?=[您你]))");
    private static final Pattern UNIT = Pattern.compile("^(?:尊敬的)?([\\p{IsHan}]{2,20}(?:街道|局|委员会|委|办公室|办|政府"
            + "|厅|中心|公司|院|所|处|队|站|部|社区|村委会|镇|乡)):$");
    private static final Pattern SEPARATOR = Pattern.compile("[、,，]");
    private static final Pattern NOT_NAMES = Pattern.compile("^(?:各位|全体|诸位|市|县|区|省)$|姓名|建议|提案|会议|人大|政协");

    /** The longest salutation read; a longer line is read only as far (no backtracking through a whole page). */
    private static final int LONGEST = 400;

    private Salutations() {
    }

    /** The salutation's line index, names as written, and 代表 or 委员 (null when it names a unit). */
    record Salutation(int line, List<String> names, String role) {

        boolean person() {
            return role != null;
        }
    }

    /** The first salutation among the compact lines (furniture already blanked), or null. */
    static Salutation find(List<Normalized> compactLines) {
        for (int i = 0; i < compactLines.size(); i++) {
            Normalized line = compactLines.get(i);
            if (line.norm().isEmpty()) {
                continue;
            }
            Matcher m = PERSONS.matcher(line.norm());
            m.useAnchoringBounds(false).region(0, Math.min(line.norm().length(), LONGEST));
            if (m.lookingAt()) {
                List<String> names = new ArrayList<>();
                for (String name : SEPARATOR.split(line.shown(m.start(1), m.end(1)))) {
                    String folded = fold(name);
                    if (!name.isEmpty() && !NOT_NAMES.matcher(folded).find()) {
                        names.add(name);
                    }
                }
                if (!names.isEmpty()) {
                    return new Salutation(i, List.copyOf(names), m.group(2));
                }
            }
        }
        int seen = 0;
        for (int i = 0; i < compactLines.size() && seen < 12; i++) {
            Normalized line = compactLines.get(i);
            if (line.norm().isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = UNIT.matcher(line.norm());
            if (m.find()) {
                return new Salutation(i, List.of(line.shown(m.start(1), m.end(1))), null);
            }
        }
        return null;
    }

    private static String fold(String text) {
        return Normalized.of(text).norm();
    }
}
