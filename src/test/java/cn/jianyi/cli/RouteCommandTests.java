package cn.jianyi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.jianyi.insight.RoutingAdvice;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/**
 * {@code bin/jianyi route TEXT} against the database: the three best units with scores and reasons (the similar cases
 * a unit handled, by number and title); an empty text is refused in Chinese; nothing is assigned.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteCommandTests {

    @Autowired ApplicationContext context;
    @Autowired RoutingAdvice advice;

    private TestWorld world;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    @BeforeEach
    void clear() {
        out.reset();
        err.reset();
    }

    private int run(String... args) {
        var command = new CommandLine(null, null, null, null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).withRoute(new RouteCommand(advice));
        return command.execute(List.of(args));
    }

    @Test
    void proposesTheUnitThatHandledASimilarCaseWithItsReasons() {
        long assigned = world.assigned(1);      // 关于健全生育服务保障机制的建议 → 区卫健委 leads, 区教体局 co-unit
        assertThat(run("route", "关于完善生育服务和婴幼儿照护的建议")).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).matches("1\t\\d\\.\\d{3}\t区卫健委");
        assertThat(lines.get(2)).contains("办过类似：").contains("第1号 关于健全生育服务保障机制的建议");
        assertThat(lines.stream().filter(l -> !l.startsWith("\t"))).hasSizeLessThanOrEqualTo(3);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("区教体局"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("（协办）"));
        assertThat(advice.propose("关于完善生育服务的建议", world.meeting.congressId(), assigned).get(0)
                .similarCases()).as("the case itself is left out of its own history").isEmpty();
    }

    @Test
    void aTextWithNothingToGoOnSaysSo() {
        for (String text : List.of("!!!", "路", "title:* a AND (")) {
            out.reset();
            err.reset();
            assertThat(run("route", text)).as(text).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("没有哪个单位");
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("\t0.000\t").contains("职能相符：无");
        }
    }

    @Test
    void anEmptyTextIsRefusedInChinese() {
        assertThat(run("route", " ")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("不能为空");
        assertThat(run("route", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: bin/jianyi route TEXT");
    }
}
