package cn.jianyi.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** 智能分办: units ranked from their duties and past cases, each with its reasons. */
class UnitRouterTests {

    private final UnitRouter router = new UnitRouter();

    private static final UnitProfile HEALTH = new UnitProfile(1, "区卫健委",
            "负责疾病预防控制、妇幼健康和婴幼儿照护服务（托育）发展；指导乡镇卫生院和村卫生室建设。", List.of());
    private static final UnitProfile TRANSPORT = new UnitProfile(2, "区交通运输局",
            "负责农村公路建设、养护和管理；负责公交线路和客运班线。", List.of());
    private static final UnitProfile CIVIL = new UnitProfile(3, "区民政局",
            "负责养老服务体系建设，指导养老机构和日间照料服务；负责最低生活保障。", List.of());

    @Test
    void theDutiesDecideAndTheSharedWordsAreTheReasons() {
        var proposals = router.propose("关于推进婴幼儿托育服务扩容提质的建议", List.of(TRANSPORT, CIVIL, HEALTH));
        assertThat(proposals.get(0).name()).isEqualTo("区卫健委");
        assertThat(proposals.get(0).dutyWords()).contains("婴幼儿", "托育");
        assertThat(proposals.get(0).score()).isEqualTo(1.0);
        assertThat(router.propose("关于加快乡村道路建设的建议", List.of(HEALTH, CIVIL, TRANSPORT)).get(0).name())
                .isEqualTo("区交通运输局");
    }

    @Test
    void synonymsOfTheDutiesCountAsReasons() {
        var first = router.propose("关于完善社区敬老院设施的建议", List.of(HEALTH, TRANSPORT, CIVIL)).get(0);
        assertThat(first.name()).isEqualTo("区民政局");
        assertThat(first.dutyWords()).contains("养老");
    }

    @Test
    void pastCasesVoteForTheirUnitsAndAreShown() {
        var past = new UnitProfile.PastCase("二届四次会议第18号", "关于改善石岗镇农村饮水安全的建议", "", true);
        var water = new UnitProfile(4, "区农业农村局", "", List.of(past));
        var proposals = router.propose("关于解决石岗镇饮水困难的建议", List.of(HEALTH, TRANSPORT, CIVIL, water));
        assertThat(proposals.get(0).name()).isEqualTo("区农业农村局");
        assertThat(proposals.get(0).similarCases()).containsExactly(past);
        assertThat(proposals.get(0).dutyWords()).isEmpty();
        assertThat(proposals.get(0).hasReasons()).isTrue();
    }

    @Test
    void nothingInCommonGivesNoReasons() {
        var proposals = router.propose("关于跨江大桥的建议", List.of(HEALTH, CIVIL));
        assertThat(proposals).allSatisfy(p -> {
            assertThat(p.score()).isZero();
            assertThat(p.hasReasons()).isFalse();
        });
        assertThat(router.propose("", List.of())).isEmpty();
    }
}
