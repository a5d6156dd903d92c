package cn.jianyi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.support.DatabaseSnapshot;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.TestWorld;

/**
 * 分类一致性规则 kept by the administrator beside the classification schemes (ADR 0062): the shipped rules listed per
 * scheme; bad input refused beside its field with what was typed kept and nothing saved; a new rule used by the check
 * at once; removing one; both in the security audit.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassCheckPagesTests {

    @Autowired WebApplicationContext context;
    @Autowired ClassChecks checks;
    @Autowired JdbcClient jdbc;

    private MockWebClient admin;

    @BeforeAll
    void world() {
        TestWorld.create(context);
        admin = MockWebClient.loggedIn(context, "admin");
    }

    @Test
    @DisplayName("各分类方案的规则随方案列出；办理规则页为管理员链接到这里")
    void listsTheShippedRulesPerScheme() {
        assertThat(admin.get("/rules").body()).contains("id=\"class-check-link\"", "/rules/class-checks?scheme=NPC");
        assertThat(MockWebClient.loggedIn(context, "clerk").get("/rules").body()).doesNotContain("class-check-link");
        assertThat(admin.get("/rules/class-checks").body()).as("the scheme in force for the congress")
                .contains("<a class=\"badge REPLIED\" href=\"/rules/class-checks?scheme=NPC\">全国人大四类</a>");
        String npc = admin.get("/rules/class-checks?scheme=NPC").body();
        assertThat(npc).contains("id=\"class-check-rules\"", "暂不具备", "应写明完成时限", "全国人大四类");
        String jia = admin.get("/rules/class-checks?scheme=JIA_YI_BING").body();
        assertThat(jia).contains("甲类表示已经解决或基本解决，但答复说目前不具备条件或不能解决。")
                .contains("丙类表示因上级政策或客观条件暂时不能解决，但答复说问题已经解决：请核对分类。");
    }

    @Test
    @DisplayName("新增规则：未选分类、空规则、无提示语、正则有误、几乎匹配每一句、回溯失控，均在字段旁拒绝，保留输入，不保存")
    void refusesBadRulesBesideTheirFields() {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        String empty = admin.submit("/rules/class-checks/NPC", List.of("kind", "CONTRADICTS", "match", "LITERAL",
                "pattern", "  ", "message", "")).body();
        assertThat(empty).contains("请选择规则适用的分类。", "请输入要匹配的文字或正则表达式。", "请填写提示语");
        String invalid = admin.submit("/rules/class-checks/NPC", List.of("position", "1", "kind", "CONTRADICTS",
                "match", "PATTERN", "pattern", "(列入|纳入", "message", "A类但列入计划")).body();
        assertThat(invalid).contains("正则表达式有误", "value=\"(列入|纳入\"", "A类但列入计划");
        assertThat(admin.submit("/rules/class-checks/NPC", List.of("position", "1", "kind", "CONTRADICTS",
                "match", "PATTERN", "pattern", ".+", "message", "任何一句")).body())
                .contains("这条规则几乎匹配一般答复的每一句");
        assertThat(admin.submit("/rules/class-checks/NPC", List.of("position", "1", "kind", "CONTRADICTS",
                "match", "PATTERN", "pattern", "^(a+)+\\1$", "message", "慢")).body())
                .contains("这条正则表达式匹配耗时过长");
        assertThat(admin.submit("/rules/class-checks/THREE_CLASS", List.of("position", "4", "kind", "CONTRADICTS",
                "match", "LITERAL", "pattern", "另行研究", "message", "无D类")).body())
                .as("a class the scheme does not have").contains("该分类方案没有这个分类。");
        assertThat(admin.submit("/rules/class-checks/NPC", List.of("position", "x", "kind", "NOPE",
                "pattern", "另行研究", "message", "提示")).body()).contains("请选择有效的分类。", "请选择有效的规则类型。");
        assertThat(DatabaseSnapshot.of(jdbc)).as("nothing saved").isEqualTo(before);
    }

    @Test
    @DisplayName("保存的规则立即用于检查；删除后不再使用")
    void aNewRuleIsUsedAtOnceAndRemovedRulesAreNot() {
        String sentence = "该事项需另行研究。";
        assertThat(checks.warnings("NPC", "A", sentence, false)).isEmpty();
        String saved = admin.submit("/rules/class-checks/NPC", List.of("position", "1", "kind", "CONTRADICTS",
                "match", "LITERAL", "pattern", " 另行研究 ", "message", "A类但答复说另行研究。")).body();
        assertThat(saved).contains("已保存分类一致性规则。", "<code>另行研究</code>", "A类但答复说另行研究。");
        assertThat(checks.warnings("NPC", "A", sentence, false)).singleElement().satisfies(w -> {
            assertThat(w.message()).isEqualTo("A类但答复说另行研究。");
            assertThat(w.sentences()).containsExactly(sentence);
        });
        long id = jdbc.sql("select id from class_check_rules where pattern = '另行研究'").query(Long.class).single();
        assertThat(admin.submit("/rules/class-checks/rule/" + id + "/remove", List.of()).body())
                .contains("已删除分类一致性规则。").doesNotContain("<code>另行研究</code>");
        assertThat(checks.warnings("NPC", "A", sentence, false)).isEmpty();
        assertThat(jdbc.sql("select username, object_label, detail from audit_log"
                        + " where kind = 'RULES_CHANGED' and object_type = 'CLASS_CHECK_RULE' order by seq")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list())
                .as("the security audit").containsExactly(
                        "admin 分类一致性规则 NPC A ADDED CONTRADICTS 另行研究",
                        "admin 分类一致性规则 NPC A REMOVED CONTRADICTS 另行研究");
    }
}
