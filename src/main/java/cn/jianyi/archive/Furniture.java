package cn.jianyi.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Website furniture around a published letter (来源, 发布时间, 索引号, 发布机构, 公开方式 blocks, font pickers): never
 * the letter's date, issuer or title.
 */
final class Furniture {

    private static final List<String> LABELS = List.of("来源:", "发布时间", "发布日期", "索引号", "发布机构", "成文日期",
            "公开日期", "信息名称", "组配分类", "公文时效", "字体:", "字号:", "有效性", "所属主题", "阅读次数", "浏览次数",
            "点击数", "成文时间", "发文机关", "主题分类", "生成日期", "打印本页", "关闭窗口");
    private static final Pattern AT_START = Pattern.compile("^(?:日期:\\d{4}-|类别:(?![A-D](?:类)?$)|作者:|\\|+$)");
    private static final Pattern VALUE_BELOW = Pattern.compile(
            "(?:来源|发布机构|发文机关|发布时间|发布日期|成文日期|公开日期|生成日期|成文时间):?");
    private static final Normalized EMPTY = new Normalized("", "");

    private Furniture() {
    }

    /** Whether a compact line is furniture. */
    static boolean is(Normalized compactLine) {
        String norm = compactLine.norm();
        if (norm.isEmpty() || norm.length() > 300) {
            return false;
        }
        for (String label : LABELS) {
            if (norm.contains(label)) {
                return true;
            }
        }
        return AT_START.matcher(norm).lookingAt();
    }

    /** A label alone on its line whose value (a unit or a date) is on the next line: 发布机构 / 某某局. */
    private static boolean endsWithLabel(String norm) {
        return VALUE_BELOW.matcher(norm).matches();
    }

    /**
     * The compact lines with furniture lines blanked (kept in place, so indices stay), and the value line after a
     * furniture label that ends its line.
     */
    static List<Normalized> blanked(List<Normalized> compactLines) {
        List<Normalized> content = new ArrayList<>(compactLines.size());
        boolean valueFollows = false;
        for (Normalized line : compactLines) {
            if (line.norm().isEmpty()) {
                content.add(line);
            } else if (is(line)) {
                content.add(EMPTY);
                valueFollows = endsWithLabel(line.norm());
            } else {
                content.add(valueFollows ? EMPTY : line);
                valueFollows = false;
            }
        }
        return content;
    }
}
