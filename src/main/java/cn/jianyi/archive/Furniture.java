package cn.jianyi.archive;

import java.util.regex.Pattern;

/**
 * Website furniture around a published letter (来源, 发布时间, 索引号, 发布机构, 公开方式 blocks, font pickers): never
 * the letter's date, issuer or title.
 */
final class Furniture {

    private static final Pattern LABELS = Pattern.compile("来源:|发布时间|发布日期|索引号|发布机构|成文日期|公开日期|信息名称"
            + "|组配分类|公文时效|字体:|字号:|有效性|所属主题|阅读次数|浏览次数|点击数|成文时间|发文机关|主题分类|生成日期"
            + "|打印本页|关闭窗口|^日期:\\d{4}-|^类别:(?![A-D](?:类)?$)|^作者:|^\\|+$");

    private Furniture() {
    }

    /** Whether a compact line is furniture. */
    static boolean is(Normalized compactLine) {
        return LABELS.matcher(compactLine.norm()).find();
    }
}
