package cn.jianyi.support;

import java.util.List;
import java.util.Random;

/**
 * Generated Chinese texts for the search benchmark: titles of the form 关于<place><topic>的建议 and texts of sentences
 * drawn from a pool, so that a topic word matches a share of the cases (not one, not all) as in a real meeting.
 */
public final class TestTextsForSearch {

    public static final List<String> TOPICS = List.of("托育服务", "路灯照明", "学位供给", "农村饮水", "停车难",
            "养老服务", "垃圾分类", "河道治理", "老旧小区改造", "公交线路", "菜市场", "医保报销", "校园安全",
            "农田水利", "乡村道路", "食品安全", "社区医院", "充电桩", "噪音扰民", "防汛排涝");
    public static final List<String> PLACES = List.of("长堎街道", "望城镇", "石岗镇", "西山镇", "松湖镇", "昌邑乡",
            "联圩镇", "象山镇", "金桥乡", "溪霞镇", "流湖镇", "厚田乡", "铁河乡", "乐化镇", "生米镇");
    public static final List<String> QUERIES = List.of("托育", "路灯", "学位", "饮水", "停车", "养老", "垃圾分类",
            "河道", "老旧小区", "公交", "医保", "校园安全", "水利", "食品安全", "充电桩", "噪音", "排涝", "望城镇",
            "暂不具备条件", "列入计划");
    private static final List<String> SENTENCES = List.of("群众反映强烈，亟需解决。", "建议相关部门加大投入。",
            "现有设施老化，存在安全隐患。", "经实地调研，情况基本属实。", "我单位高度重视，已列入计划。",
            "因资金所限，暂不具备条件。", "下一步将会同有关部门研究解决。", "已于今年完成改造并投入使用。",
            "建议建立长效管理机制。", "请代表继续关心支持我们的工作。", "该问题涉及多个部门，需统筹协调。",
            "已安排专项资金予以保障。");

    private TestTextsForSearch() {
    }

    public static String title(Random random) {
        return "关于" + PLACES.get(random.nextInt(PLACES.size())) + TOPICS.get(random.nextInt(TOPICS.size())) + "的建议";
    }

    public static String text(Random random, int sentences) {
        var text = new StringBuilder(PLACES.get(random.nextInt(PLACES.size())))
                .append(TOPICS.get(random.nextInt(TOPICS.size()))).append("问题。");
        for (int i = 0; i < sentences; i++) {
            text.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
        }
        return text.toString();
    }
}
