package cn.jianyi.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.handling.ReviewClassCommand;
import cn.jianyi.statistics.Statistics;
import cn.jianyi.statistics.StatisticsFilter;
import cn.jianyi.statistics.StatisticsReport;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.Workbooks;

/**
 * 统计分析导出Excel: every figure of the dashboard, each rate as numerator, denominator and percentage, one sheet per
 * part; and the cases behind a figure without the page's limit.
 */
@OnPostgres
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsExportTests {

    private static final LocalDate SIGNED = LocalDate.of(2024, 5, 20);   // before the due date: on time

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Statistics statistics;
    @Autowired Replies replies;

    private TestWorld world;
    private WebClient clerk;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        world.registered(1);                                   // not assigned: outside every handling rate
        long a = world.assigned(2);
        world.signed(world.drafted(a, ResolutionCategory.A), SIGNED);
        world.rated(a, Satisfaction.SATISFIED, null, LocalDate.of(2024, 5, 28));
        long b = world.assigned(3);
        var reply = world.signed(world.drafted(b, ResolutionCategory.A), SIGNED);
        replies.reviewClass(new ReviewClassCommand(reply.id(), ResolutionCategory.B, "按答复内容调整分类", world.clerk));
        world.rated(b, Satisfaction.BASICALLY_SATISFIED, null, LocalDate.of(2024, 5, 28));
        world.assigned(4);                                     // no reply yet
        clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
    }

    private static List<Object> row(Map<String, List<List<Object>>> book, String sheet, Object... firstCells) {
        return book.get(sheet).stream()
                .filter(r -> r.subList(0, firstCells.length).equals(Arrays.asList(firstCells)))
                .findFirst().orElseThrow(() -> new AssertionError(sheet + " has no row " + List.of(firstCells)));
    }

    @Test
    @DisplayName("统计分析导出：各部分各一张表，比率列出分子、分母和百分比，与页面数字一致")
    void everyFigureGoesToExcel() {
        HttpResponse<byte[]> response = clerk.download("/dashboard/export.xlsx?meetingId=" + world.meeting.id());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(URLDecoder.decode(response.headers().firstValue("Content-Disposition").orElse(""),
                StandardCharsets.UTF_8)).contains("统计分析-").contains(".xlsx");
        Map<String, List<List<Object>>> book = Workbooks.read(response.body());
        assertThat(book.keySet()).containsExactly("总体情况", "答复分类", "满意度", "答复用时", "超期未答复", "筛选条件");

        assertThat(book.get("总体情况").get(0)).containsExactly("指标", "件数（分子）", "基数（分母）", "比率（%）", "口径");
        assertThat(row(book, "总体情况", "建议总数")).containsExactly("建议总数", 4L, null, null, null);
        assertThat(row(book, "总体情况", "已登记").subList(0, 2)).containsExactly("已登记", 1L);
        assertThat(row(book, "总体情况", "办复率")).containsExactly("办复率", 2L, 3L, new BigDecimal("66.67"),
                "件（已办复/已交办）");
        assertThat(row(book, "总体情况", "按期办复率").subList(0, 4))
                .containsExactly("按期办复率", 2L, 3L, new BigDecimal("66.67"));
        assertThat(row(book, "总体情况", "见面率").subList(0, 4)).containsExactly("见面率", 0L, 3L, 0L);

        assertThat(row(book, "答复分类", "A").subList(2, 5)).containsExactly(1L, 2L, 50L);
        assertThat(row(book, "答复分类", "B").subList(2, 5)).containsExactly(1L, 2L, 50L);
        assertThat(row(book, "答复分类", "C").subList(2, 5)).containsExactly(0L, 2L, 0L);

        assertThat(row(book, "满意度", "初次办理", "满意")).containsExactly("初次办理", "满意", 1L, 2L, 50L);
        assertThat(row(book, "满意度", "初次办理", "基本满意")).containsExactly("初次办理", "基本满意", 1L, 2L, 50L);
        assertThat(row(book, "满意度", "初次办理", "满意和基本满意"))
                .containsExactly("初次办理", "满意和基本满意", 2L, 2L, 100L);
        assertThat(row(book, "满意度", "初次办理", "不满意")).containsExactly("初次办理", "不满意", 0L, 2L, 0L);

        StatisticsReport report = statistics.report(StatisticsFilter.meeting(world.meeting.id()));
        assertThat(book.get("答复用时")).hasSize(1 + report.responses().size());
        assertThat(row(book, "答复用时", "区卫健委").get(book.get("答复用时").get(0).indexOf("答复件数")))
                .isEqualTo(2L);
        assertThat(row(book, "筛选条件", "会议").get(1)).isEqualTo(world.meeting.congressShortName()
                + world.meeting.name());
        assertThat(row(book, "筛选条件", "承办单位").get(1)).isEqualTo("全部");
    }

    @Test
    @DisplayName("按承办单位筛选的导出只计该单位；筛选条件写入说明表")
    void theExportFollowsTheFilter() {
        Map<String, List<List<Object>>> book = Workbooks.read(clerk.download("/dashboard/export.xlsx?unitId="
                + world.education.id() + "&lead=true").body());
        assertThat(row(book, "总体情况", "建议总数")).containsExactly("建议总数", 0L, null, null, null);
        assertThat(row(book, "总体情况", "办复率")).containsExactly("办复率", 0L, 0L, null, "件（已办复/已交办）");
        assertThat(row(book, "筛选条件", "承办单位").get(1)).asString().contains("只计主办（分办）");
    }

    @Test
    @DisplayName("统计明细导出：该数字背后的全部建议，不受页面500件的限制")
    void theCasesBehindAFigureGoToExcel() {
        HttpResponse<byte[]> response = clerk.download("/dashboard/cases/export.xlsx?figure=ASSIGNED");
        assertThat(response.statusCode()).isEqualTo(200);
        List<List<Object>> rows = Workbooks.read(response.body()).get("统计明细");
        assertThat(rows.get(0)).containsExactly("会议", "建议号", "标题", "主办单位", "状态");
        assertThat(rows).extracting(r -> r.get(1)).containsExactly("建议号", 2L, 3L, 4L);
        assertThat(rows.get(1)).containsExactly(world.meeting.congressShortName() + world.meeting.name(), 2L,
                "关于健全生育服务保障机制的建议", "区卫健委", "已答复");
        assertThat(Workbooks.read(clerk.download("/dashboard/cases/export.xlsx?figure=CLASS&value=B").body())
                .get("统计明细")).extracting(r -> r.get(1)).containsExactly("建议号", 3L);
        assertThat(clerk.get("/dashboard/cases?figure=ASSIGNED").body())
                .contains("/dashboard/cases/export.xlsx?figure=ASSIGNED");
        assertThat(clerk.get("/dashboard").body()).contains("/dashboard/export.xlsx");
    }
}
