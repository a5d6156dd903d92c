package cn.jianyi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.DeputyDirectory;
import cn.jianyi.identity.DirectoryChanged;
import cn.jianyi.identity.SaveDeputyCommand;
import cn.jianyi.suggestion.CongressDirectory;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SaveTermCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.StaleForms;
import cn.jianyi.support.TestWorld;

/**
 * 代表 kept by the administrator: a deputy sits in one or more terms of their congress and is refused without one;
 * refusals keep what was typed and save nothing; a deputy with suggestions is deactivated, never deleted.
 */
@OnPostgres
@IntegrationTest
@RecordApplicationEvents
@Execution(ExecutionMode.SAME_THREAD)   // Spring records events per class only outside JUnit's concurrent mode
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeputyDirectoryTests {

    @Autowired WebApplicationContext context;
    @Autowired DeputyDirectory deputies;
    @Autowired CongressDirectory congresses;
    @Autowired Meetings meetings;
    @Autowired SuggestionManagement suggestions;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private MockWebClient admin;
    private long congress;
    private long term2;
    private long term3;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        admin = MockWebClient.loggedIn(context, "admin");
        congress = world.meeting.congressId();
        term2 = congresses.termsOf(congress).get(0).id();
        term3 = congresses.save(new SaveTermCommand(null, congress, 3, 2026, 2031, world.admin)).id();
    }

    private long deputyCount() {
        return jdbc.sql("select count(*) from deputies").query(Long.class).single();
    }

    @Test
    void aDeputySitsInSeveralTerms(ApplicationEvents events) {
        HttpResponse<String> added = admin.post("/directory/deputies", List.of("congressId", String.valueOf(congress),
                "name", "万小东", "delegation", "联圩镇代表团", "termIds", String.valueOf(term2), "termIds",
                String.valueOf(term3), "mobile", "13907080001", "address", "南昌市新建区联圩镇1号", "postcode", "330100"));
        assertThat(added.statusCode()).isEqualTo(302);
        Deputy deputy = deputies.deputies(congress).stream().filter(d -> d.name().equals("万小东")).findFirst()
                .orElseThrow();
        assertThat(deputies.termsOf(deputy.id())).containsExactlyInAnyOrder(term2, term3);
        assertThat(deputy.phone()).isEqualTo("13907080001");
        assertThat(admin.get("/directory/deputies/" + deputy.id()).body()).contains("联圩镇代表团")
                .contains("区人大三届（2026—2031年）");

        assertThat(admin.post("/directory/deputies/" + deputy.id(), List.of("congressId", String.valueOf(congress),
                "name", "万小东", "delegation", "联圩镇代表团", "termIds", String.valueOf(term3))).statusCode())
                .isEqualTo(302);
        assertThat(deputies.termsOf(deputy.id())).containsExactly(term3);
        assertThat(events.stream(DirectoryChanged.class)).extracting(e -> e.subject() + ":" + e.change())
                .containsExactly("DEPUTY:ADDED", "DEPUTY:CHANGED");
    }

    @Test
    void theListGoesToExcel() {
        deputies.save(new SaveDeputyCommand(null, congress, "谢芳", "西山镇代表团", List.of(term2, term3), "13907080009",
                null, null, world.admin));
        var response = admin.download("/directory/deputies/export.xlsx?congressId=" + congress);
        assertThat(response.statusCode()).isEqualTo(200);
        var rows = cn.jianyi.support.Workbooks.read(response.body()).get("代表");
        assertThat(rows.get(0)).containsExactly("所属人大", "姓名", "代表团", "届别", "手机", "通信地址", "邮政编码", "状态");
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("南昌市新建区人民代表大会", "谢芳", "西山镇代表团")
                .contains("13907080009", "启用")
                .anySatisfy(cell -> assertThat(String.valueOf(cell)).contains("区人大二届").contains("区人大三届（2026—2031年）")));
    }

    @Test
    void aDeputyWithoutATermIsRefused() {
        long before = deputyCount();
        HttpResponse<String> refused = admin.follow(admin.post("/directory/deputies", List.of("congressId", String.valueOf(congress),
                "name", "胡一鸣", "delegation", "松湖镇代表团", "mobile", "13907080002")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("请至少选择一届。").contains("value=\"胡一鸣\"").contains("value=\"13907080002\"");
        assertThat(deputyCount()).isEqualTo(before);
    }

    @Test
    void aTermOfAnotherCongressOrABadMobileIsRefused() {
        long city = meetings.addCongress("南昌市人民代表大会", "市人大", CongressLevel.CITY, "市人大常委会代表工委").id();
        long cityTerm = meetings.addTerm(city, 16, 2021, 2026).id();
        long before = deputyCount();
        String otherCongress = admin.follow(admin.post("/directory/deputies", List.of("congressId", String.valueOf(congress),
                "name", "胡一鸣", "delegation", "松湖镇代表团", "termIds", String.valueOf(cityTerm)))).body();
        assertThat(otherCongress).contains("所选届别不属于该代表所属的人大。");
        String badMobile = admin.follow(admin.post("/directory/deputies", List.of("congressId", String.valueOf(congress),
                "name", "胡一鸣", "delegation", "松湖镇代表团", "termIds", String.valueOf(term2), "mobile", "电话",
                "postcode", "33"))).body();
        assertThat(badMobile).contains("请输入有效的电话号码（数字、短横线，7至20位）。");
        assertThat(deputyCount()).isEqualTo(before);
    }

    @Test
    void aDeputyWithSuggestionsIsDeactivatedNotDeleted() {
        Deputy deputy = deputies.save(new SaveDeputyCommand(null, congress, "邓文", "溪霞镇代表团", List.of(term2), null,
                null, null, world.admin));
        suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), 300, "关于修缮村道的建议", "内容",
                deputy.id(), List.of(), SubjectArea.OTHER, TestWorld.RECEIVED, world.clerk));
        HttpResponse<String> refused = admin.follow(admin.post("/directory/deputies/" + deputy.id() + "/delete", List.of()));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("代表邓文已有领衔、附议的建议或评价记录，不能删除；如已不再担任代表，请停用。");
        assertThat(deputies.deputy(deputy.id()).active()).isTrue();
        assertThat(deputies.termsOf(deputy.id())).as("nothing changed").containsExactly(term2);

        assertThat(admin.post("/directory/deputies/" + deputy.id() + "/deactivate", List.of()).statusCode())
                .isEqualTo(302);
        assertThat(deputies.deputy(deputy.id()).active()).isFalse();
        assertThat(admin.post("/directory/deputies/" + deputy.id() + "/activate", List.of()).statusCode())
                .isEqualTo(302);
        assertThat(deputies.deputy(deputy.id()).active()).isTrue();
    }

    @Test
    void aDeputyWithAnAccountIsNotDeletedAndOneEnteredByMistakeIs() {
        assertThat(admin.follow(admin.post("/directory/deputies/" + world.cheng.id() + "/delete", List.of())).body())
                .contains("代表程绮南有登录账号，不能删除；如已不再担任代表，请停用。");
        Deputy mistake = deputies.save(new SaveDeputyCommand(null, congress, "误建代表", "某代表团", List.of(term2), null,
                null, null, world.admin));
        assertThat(admin.post("/directory/deputies/" + mistake.id() + "/delete", List.of()).statusCode()).isEqualTo(302);
        assertThat(deputies.deputies(null)).extracting(Deputy::id).doesNotContain(mistake.id());
    }

    @Test
    void aStaleFormIsRefusedWithTheDeputyAsSavedNow() {
        Deputy deputy = deputies.save(new SaveDeputyCommand(null, congress, "周文华", "铁河乡代表团", List.of(term2),
                "13907080021", null, null, world.admin));
        String read = String.valueOf(deputy.version());         // the version the deputy's page carries
        // meanwhile another administrator adds the next term
        deputies.save(new SaveDeputyCommand(deputy.id(), congress, deputy.name(), deputy.delegation(),
                List.of(term2, term3), deputy.phone(), null, null, world.admin));
        List<String> typed = List.of("congressId", String.valueOf(congress), "name", "周文华", "delegation",
                "铁河乡第二代表团", "termIds", String.valueOf(term2), "mobile", "13907080022", "version", read);

        StaleForms.refused(admin.submit("/directory/deputies/" + deputy.id(), typed), read,
                "最新情况：该代表现为——姓名：周文华；代表团：铁河乡代表团；届别：区人大三届（2026—2031年）、区人大二届",
                "value=\"铁河乡第二代表团\"", "value=\"13907080022\"");
        assertThat(deputies.deputy(deputy.id()).delegation()).isEqualTo("铁河乡代表团");
        assertThat(deputies.termsOf(deputy.id())).containsExactlyInAnyOrder(term2, term3);
    }
}
