package cn.jianyi.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contact person and phone numbers under every label (联系人及电话, 联系人/电话, 经办人, 承办人, spaced 联 系 人,
 * 联系单位及联系人). 签发人 and 领导签发 are the signing leader, not a contact; a 联系单位 is no person; 邮政编码 is no
 * phone.
 */
final class Contacts {

    private static final Pattern PERSON_LABEL = Pattern.compile("(联系单位及联系人|联系人(?:姓名)?(?:及(?:联系)?(?:电话|方式))?"
            + "(?:/电话)?|经办人|承办人)[:]?");
    private static final Pattern NAME_RUN = Pattern.compile("[\\p{IsHan}·]{2,16}");
    private static final Pattern DIGIT_BEFORE = Pattern.compile("\\d");
    private static final Pattern UNIT_END = Pattern.compile("(?:股|科|室|处|办|委|局|站|所|队|中心|部|院|组|厅|会)$");
    private static final Pattern NAME_STOP = Pattern.compile("联系|电话|手机|单位|职务|邮编|地址|座机|传真");
    private static final Pattern POSTCODE = Pattern.compile("(?:邮政编码|邮编)[:]?\\d*");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d-])(0\\d{2,3}-\\d{7,8}|\\(0\\d{2,3}\\)\\d{7,8}|1[3-9]\\d{9}|\\d{7,8})(?![\\d-])");
    /** A label for phones: followed by a colon or slash (联系人:, 联系人姓名及电话:, 电话/) or directly by the number. */
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?:电话|手机|联系方式|座机|联系人|经办人|承办人)[^\\d:/]{0,10}?[:/]|(?:电话|手机|座机)(?=[\\d(])");
    /** A label without colon counts only at the start of a line this short (联系人 张三 电话 6822773). */
    private static final int SHORT_LINE = 40;
    private static final Pattern NOT_PERSON = Pattern.compile("^(?:本人|无|暂无|同上)$");

    private Contacts() {
    }

    /** The contact person as written, from the first labelled line that names one. */
    static Extracted<String> person(List<Normalized> compactLines) {
        for (Normalized line : compactLines) {
            String norm = line.norm();
            if (norm.indexOf("联系") < 0 && norm.indexOf("办人") < 0) {
                continue;
            }
            Matcher label = PERSON_LABEL.matcher(norm);
            while (label.find()) {
                boolean labelled = norm.charAt(label.end() - 1) == ':'
                        || label.start() == 0 && norm.length() <= SHORT_LINE;
                int[] span = labelled ? name(norm, label.end()) : null;
                if (span != null) {
                    return Extracted.of(line.shown(span[0], span[1]), 0.92);
                }
            }
        }
        return Extracted.absent(0.85);
    }

    /** The phone numbers on labelled contact lines, in order, each once. */
    static Extracted<List<String>> phones(List<Normalized> compactLines) {
        List<String> phones = new ArrayList<>();
        for (Normalized line : compactLines) {
            String norm = line.norm();
            if (norm.indexOf("电话") < 0 && norm.indexOf("手机") < 0 && norm.indexOf("联系") < 0
                    && norm.indexOf("办人") < 0 && norm.indexOf("座机") < 0) {
                continue;
            }
            Matcher label = PHONE_LABEL.matcher(norm);
            if (!label.find()) {
                continue;
            }
            Matcher m = PHONE.matcher(withoutPostcodes(norm));
            m.region(label.end(), norm.length());
            while (m.find()) {
                if (!phones.contains(m.group(1))) {
                    phones.add(m.group(1));
                }
            }
        }
        return Extracted.of(List.copyOf(phones), phones.isEmpty() ? 0.85 : 0.92);
    }

    /** The text with postcodes (邮政编码:330100) blotted out, its length kept. */
    private static String withoutPostcodes(String norm) {
        Matcher postcode = POSTCODE.matcher(norm);
        if (!postcode.find()) {
            return norm;
        }
        char[] chars = norm.toCharArray();
        do {
            Arrays.fill(chars, postcode.start(), postcode.end(), '|');
        } while (postcode.find());
        return new String(chars);
    }

    /**
     * Where the person's name after a label is: the first run of characters that is a name (2–5 characters, not a
     * unit such as 区卫健委 or 综合规划处), before any digit; null if there is none.
     */
    private static int[] name(String norm, int from) {
        Matcher run = NAME_RUN.matcher(norm);
        run.region(from, norm.length());
        for (int runs = 0; runs < 3 && run.find(); runs++) {
            int start = run.start();
            if (DIGIT_BEFORE.matcher(norm.substring(from, start)).find()) {
                return null;
            }
            String name = run.group();
            Matcher stop = NAME_STOP.matcher(name);
            if (stop.find()) {
                name = name.substring(0, stop.start());
            }
            if (name.endsWith("同志")) {
                name = name.substring(0, name.length() - 2);
            }
            for (int cut = name.length() - 2; cut >= 2; cut--) {
                if (UNIT_END.matcher(name.substring(0, cut)).find() && valid(name.substring(cut))) {
                    start += cut;
                    name = name.substring(cut);
                    break;
                }
            }
            if (valid(name)) {
                return new int[] {start, start + name.length()};
            }
            if (stop.find(0) && stop.start() == 0) {
                return null;
            }
        }
        return null;
    }

    private static boolean valid(String name) {
        return name.length() >= 2 && name.length() <= 5 && !NOT_PERSON.matcher(name).matches()
                && !Issuers.isUnitName(name) && !UNIT_END.matcher(name).find();
    }
}
