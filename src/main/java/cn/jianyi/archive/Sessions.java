package cn.jianyi.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting a suggestion or proposal was raised at, as titles write it, short (市十七届人大三次会议) or long
 * (政协子洲县第十届委员会第二次会议, 第九届攀枝花市仁和区委员会第四次会议): the body (人大/政协), the level of the
 * place written before it, the term and meeting, and the item number after it (第43号, 代表28号, 第温36号).
 */
final class Sessions {

    private static final String NUMERALS = "0123456789一二三四五六七八九十百两〇零";
    private static final String NUMBER = "[" + NUMERALS + "]{1,5}";
    private static final String PREFIX = "([\\p{IsHan}&&[^第表号议案届次会的出上中在期间提交]])";
    private static final Pattern SESSION = Pattern.compile("第?(" + NUMBER + ")届([^第次届,:;。]{0,16}?)第?(" + NUMBER
            + ")?次(?:会议|大会)(闭会期间|闭会)?");
    private static final Pattern ORG_AT_END = Pattern.compile("(?:中国人民政治协商会议|政协|人大常委会|人大|人民代表大会"
            + "|委员会|常委会)$");
    private static final Pattern LEVEL_AT_END = Pattern.compile("(全国|自治区|省|自治州|州|盟|地区|市|自治县|县|旗|区|乡|镇)$");
    /**
     * The item number after the meeting: 第43号, 代表28号, a prefix right after 会议 or 第 (温36号, 第温36号); the words
     * skipped before it hold no digit and no list mark, so 第43、44号 (two items) gives none rather than the second.
     */
    private static final Pattern ITEM = Pattern.compile("^(?:" + PREFIX + "(\\d{1,8})号|[^号届次第、,0-9]{0,12}?(?:第" + PREFIX
            + "?(\\d{1,8})|(\\d{1,8}))号)");
    private static final Pattern STANDING_COMMITTEE = Pattern.compile("常委会|常务委员会");
    private static final Pattern PEOPLES_CONGRESS = Pattern.compile("人大|人民代表大会");
    private static final Pattern CPPCC = Pattern.compile("政协|政治协商|委员会");

    private Sessions() {
    }

    /** What a compact text says of one meeting; every part may be null. */
    record Session(String body, String level, Integer term, Integer meeting, String item) {
    }

    /** The first meeting named in a compact text, or null. */
    static Session find(String norm) {
        List<Session> all = all(norm, 1);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The meetings named in a compact text, in order, at most {@code limit}. */
    static List<Session> all(String norm, int limit) {
        List<Session> found = new ArrayList<>();
        Matcher m = SESSION.matcher(norm);
        for (int at = norm.indexOf('届'); at >= 0 && found.size() < limit; at = norm.indexOf('届', at + 1)) {
            int start = at;
            while (start > 0 && at - start < 5 && NUMERALS.indexOf(norm.charAt(start - 1)) >= 0) {
                start--;
            }
            if (start > 0 && norm.charAt(start - 1) == '第') {
                start--;
            }
            m.region(start, norm.length());
            if (start == at || !m.lookingAt()) {
                continue;
            }
            int term = ChineseNumbers.parse(m.group(1));
            if (term <= 0 || term > 30) {
                continue;
            }
            if (STANDING_COMMITTEE.matcher(m.group(2)).find()) {
                continue;                   // 常委会第三次会议: a standing committee session, no congress meeting
            }
            Integer meeting = null;
            if (m.group(3) != null && m.group(4) == null) {
                int value = ChineseNumbers.parse(m.group(3));
                meeting = value > 0 && value < 20 ? value : null;
            }
            String before = norm.substring(Math.max(0, m.start() - 16), m.start());
            String middle = m.group(2);
            String body = body(before.substring(Math.max(0, before.length() - 10)) + middle);
            String level = level(strip(middle));
            if (level == null) {
                level = level(strip(before));
            }
            Matcher item = ITEM.matcher(norm.substring(m.end(), Math.min(norm.length(), m.end() + 30)));
            String number = null;
            if (item.find()) {
                number = item.group(2) != null ? item.group(1) + item.group(2)
                        : item.group(4) != null ? (item.group(3) == null ? "" : item.group(3)) + item.group(4)
                        : item.group(5);
            }
            found.add(new Session(body, level, term, meeting, number));
        }
        return found;
    }

    private static String body(String around) {
        if (PEOPLES_CONGRESS.matcher(around).find()) {
            return "人大";
        }
        return CPPCC.matcher(around).find() ? "政协" : null;
    }

    private static String strip(String text) {
        String rest = text;
        Matcher m = ORG_AT_END.matcher(rest);
        while (m.find()) {
            rest = rest.substring(0, m.start());
            m = ORG_AT_END.matcher(rest);
        }
        return rest;
    }

    private static String level(String place) {
        Matcher m = LEVEL_AT_END.matcher(place);
        if (!m.find()) {
            return null;
        }
        switch (m.group(1)) {
            case "全国": return "全国";
            case "自治区": case "省": return "省";
            case "自治州": case "州": case "盟": case "地区": case "市": return "市";
            case "自治县": case "县": case "旗": return "县";
            case "区": return "区";
            default: return "乡镇";
        }
    }
}
