package cn.jianyi.archive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Unit names: the signing unit under the letter, the header above the number, the prefix of the title. */
final class Issuers {

    private static final Pattern UNIT = Pattern.compile("[\\p{IsHan}()]{1,38}(?:局|厅|委员会|委|办公室|办|政府|中心|院|所"
            + "|处|科|队|站|部|公司|街道办事处|街道|管委会|集团|署|馆|社|室|厂|联合会|协会|商会|联社|分行|支行|银行)");
    private static final Pattern NOT_UNIT = Pattern.compile("关于|答复|建议|提案|会议|代表|您|你|我|贵|[:,;。]|是否");
    private static final Pattern TITLE_PREFIX = Pattern.compile("关于|对");
    private static final Pattern SEAL = Pattern.compile("\\((?:盖章|公章|章|印)\\)$");

    private Issuers() {
    }

    /** Whether a compact text is a unit's name and nothing else. */
    static boolean isUnitName(String norm) {
        return norm.length() >= 3 && norm.length() <= 40 && UNIT.matcher(norm).matches()
                && !NOT_UNIT.matcher(norm).find();
    }

    /** The unit a compact title starts with (湖南省交通运输厅关于…), as written, or null. */
    static String titlePrefix(Normalized compactTitle) {
        Matcher m = TITLE_PREFIX.matcher(compactTitle.norm());
        while (m.find() && m.start() <= 40) {
            if (isUnitName(compactTitle.norm().substring(0, m.start()))) {
                return compactTitle.shown(0, m.start());
            }
        }
        return null;
    }

    /** The compact line as written if it is a unit's name alone (a trailing (盖章) dropped), else null. */
    static String unitLine(Normalized compactLine) {
        String norm = compactLine.norm();
        Matcher seal = SEAL.matcher(norm);
        int end = seal.find() ? seal.start() : norm.length();
        return isUnitName(norm.substring(0, end)) ? compactLine.shown(0, end) : null;
    }

    /** A header line 某某局文件 as the unit's name, else null. */
    static String fileHeader(Normalized compactLine) {
        String norm = compactLine.norm();
        return norm.endsWith("文件") && isUnitName(norm.substring(0, norm.length() - 2))
                ? compactLine.shown(0, norm.length() - 2) : null;
    }
}
