package cn.jianyi.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/**
 * 确认入库 of a letter naming a congress the directory lacks, in an installation scoped by congress (ADR 0042): filed
 * below the importer's own congress when the importer keeps the congresses below it (and then found by it), refused
 * beside the congress's name, nothing created, for a clerk of one congress only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveCongressScopeTests {

    @Autowired WebApplicationContext context;
    @Autowired ArchiveImports imports;
    @Autowired ArchiveManagement archive;
    @Autowired UserDetailsService logins;
    @Autowired JdbcClient jdbc;

    private TestWorld world;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    private long letter() {
        long batch = imports.importNow(List.of(new UploadedFile("复函.txt",
                "关于宁陕县第十八届人大六次会议第17号建议的复函".getBytes(StandardCharsets.UTF_8))), world.clerk);
        return imports.lettersOf(batch).get(0).id();
    }

    private static LetterFields fields() {
        return new LetterFields(LetterKind.SUGGESTION, null, "宁交函〔2021〕141号", null, "人大", "县",
                "宁陕县人民代表大会", 18, 6, "17", "侯怀菊", null, null, LocalDate.of(2021, 6, 28), 2021, null, null, null,
                "关于拓宽麻庄村道路的建议", "您提出的建议收悉，现答复如下：……");
    }

    private ConfirmLetterCommand by(String login, long letter) {
        CurrentUser me = (CurrentUser) logins.loadUserByUsername(login);
        return new ConfirmLetterCommand(letter, fields(), List.of("侯怀菊"), me.toActor(), me.congressScope(),
                me.congressId(), me.includeLower());
    }

    private long congresses() {
        return jdbc.sql("select count(*) from congresses").query(Long.class).single();
    }

    @Test
    void aClerkOfOneCongressIsToldAndNothingIsCreated() {
        long before = congresses();
        assertThatThrownBy(() -> archive.confirm(by("clerk", letter())))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.field()).isEqualTo("congressName");
                    assertThat(refused.reasonKey()).isEqualTo("archive.review.congressOutside");
                });
        assertThat(congresses()).isEqualTo(before);
    }

    @Test
    void anAdministratorOfTheCongressesBelowFilesItBelowItsOwnAndFindsTheCase() {
        ArchivedLetter confirmed = archive.confirm(by("admin", letter()));
        Long parent = jdbc.sql("select parent_id from congresses where name = '宁陕县人民代表大会'").query(Long.class)
                .single();
        assertThat(parent).isEqualTo(world.meeting.congressId());
        CurrentUser admin = (CurrentUser) logins.loadUserByUsername("admin");
        assertThat(admin.congressScope().coversCongress(jdbc.sql(
                "select id from congresses where name = '宁陕县人民代表大会'").query(Long.class).single())).isTrue();
        assertThat(confirmed.suggestionId()).isNotNull();
    }
}
