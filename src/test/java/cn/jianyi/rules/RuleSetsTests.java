package cn.jianyi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.calendar.WindowUnit;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.feedback.SubmitFeedbackCommand;
import cn.jianyi.handling.ContactKind;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.Commitments;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.handling.ReplyTemplates;
import cn.jianyi.handling.RecordContactCommand;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyContent;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.StaleForms;
import cn.jianyi.support.TestWorld;

/**
 * 办理规则: versions of a congress's rules, the refusals of an incomplete rule set, and what each rule changes in the
 * process (complex deadline, class scheme on the letter, contact before replying, every co-signer answering).
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleSetsTests {

    @Autowired ApplicationContext context;
    @Autowired RuleSets ruleSets;
    @Autowired Assignments assignments;
    @Autowired Replies replies;
    @Autowired Commitments commitments;
    @Autowired ContactLog contactLog;
    @Autowired ReplyTemplates replyTemplates;
    @Autowired FeedbackManagement feedback;
    @Autowired ReplyLetters letters;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private long congress;
    private int next = 1;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        congress = world.meeting.congressId();
    }

    /** The national baseline saved as the congress's own rules from 2024. */
    private SaveRuleSetCommand.Builder baseline() {
        return SaveRuleSetCommand.startingFrom(RuleSet.nationalBaseline(congress)).effectiveFrom(LocalDate.of(2024, 1, 1))
                .note("按全国基线");
    }

    /** A county's rules: 4 months to reply, 10 days to ask for a return, the city scheme, every signer answers. */
    private static SaveRuleSetCommand.Builder countyRules(RuleSet baseline) {
        return SaveRuleSetCommand.startingFrom(baseline).effectiveFrom(LocalDate.of(2025, 1, 1))
                .reply(4, WindowUnit.MONTHS).complex(6, WindowUnit.MONTHS).returnWindow(10, WindowUnit.DAYS)
                .opinion(2, WindowUnit.MONTHS).extension(3, WindowUnit.MONTHS).rehandling(2, WindowUnit.MONTHS)
                .rehandlingBounds(1, WindowUnit.MONTHS, 3, WindowUnit.MONTHS)
                .feedback(20, WindowUnit.WORKDAYS).publication(20, WindowUnit.WORKDAYS).scheme("CITY")
                .contactMandatory(true).feedbackAnswerers(FeedbackAnswerers.ALL_SIGNERS).note("县规：4个月");
    }

    @Test
    @DisplayName("规则集：未保存时为全国基线；每次保存形成新版本，旧版本留存；缺少分类方案等被拒绝且不保存")
    void versionsAndRefusals() {
        long otherCongress = context.getBean(cn.jianyi.suggestion.Meetings.class)
                .addCongress("南昌市人民代表大会", "市人大", cn.jianyi.suggestion.CongressLevel.CITY, "市人大常委会代表工委").id();
        RuleSet baseline = ruleSets.current(otherCongress);
        assertThat(baseline.isBaseline()).isTrue();
        assertThat(baseline.reply().amount()).isEqualTo(3);
        assertThat(baseline.complexReply().amount()).isEqualTo(6);
        assertThat(baseline.returnWindow().unit()).isEqualTo(WindowUnit.WORKDAYS);
        assertThat(baseline.publication().amount()).isEqualTo(20);

        long rows = count();
        refused(countyRules(baseline).scheme(null).by(world.admin), "classificationScheme", "rules.scheme.required");
        refused(countyRules(baseline).scheme("NOPE").by(world.admin), "classificationScheme", "rules.scheme.unknown");
        refused(countyRules(baseline).feedbackAnswerers(null).by(world.admin), "feedbackAnswerers",
                "rules.answerers.required");
        refused(countyRules(baseline).reply(null, WindowUnit.MONTHS).feedback(null, null)
                .feedbackAnswerers(FeedbackAnswerers.LEAD_ONLY).note(null).by(world.admin),
                "reply.amount", "rules.window.required");
        refused(countyRules(baseline).reply(3, WindowUnit.MONTHS).complex(2, WindowUnit.MONTHS).feedback(null, null)
                .feedbackAnswerers(FeedbackAnswerers.LEAD_ONLY).note(null).by(world.admin),
                "complex.amount", "rules.complex.shorter");
        refused(countyRules(baseline).reply(3, WindowUnit.MONTHS).returnWindow(0, WindowUnit.DAYS).feedback(5, null)
                .feedbackAnswerers(FeedbackAnswerers.LEAD_ONLY).note(null).by(world.admin),
                "returnWindow.amount", "rules.window.range");
        refused(countyRules(baseline).rehandlingBounds(3, WindowUnit.MONTHS, 3, WindowUnit.MONTHS).by(world.admin),
                "rehandlingShortest.amount", "rules.rehandlingShortest.longer");
        refused(countyRules(baseline).rehandlingBounds(1, WindowUnit.MONTHS, 20, WindowUnit.DAYS).by(world.admin),
                "rehandlingLongest.amount", "rules.rehandlingLongest.shorter");
        refused(countyRules(baseline).rehandlingBounds(null, WindowUnit.MONTHS, 3, WindowUnit.MONTHS).by(world.admin),
                "rehandlingShortest.amount", "rules.window.required");
        assertThat(count()).isEqualTo(rows);
        assertThat(baseline.rehandling()).as("the baseline: 1 month by default")
                .isEqualTo(cn.jianyi.calendar.Window.months(1));
        assertThat(baseline.rehandlingShortest()).as("the office may choose 1 to 2 months")
                .isEqualTo(cn.jianyi.calendar.Window.months(1));
        assertThat(baseline.rehandlingLongest()).isEqualTo(cn.jianyi.calendar.Window.months(2));

        RuleSet first = ruleSets.save(countyRules(baseline).by(world.admin));
        assertThat(first.version()).isEqualTo(1);
        assertThat(ruleSets.current(otherCongress).rehandlingLongest()).isEqualTo(cn.jianyi.calendar.Window.months(3));
        RuleSet second = ruleSets.save(countyRules(baseline).scheme("JIA_YI_BING").contactMandatory(false)
                .feedbackAnswerers(FeedbackAnswerers.LEAD_ONLY).by(world.admin));
        assertThat(second.version()).isEqualTo(2);
        assertThat(ruleSets.current(otherCongress).id()).isEqualTo(second.id());
        assertThat(ruleSets.history(otherCongress)).extracting(RuleSet::version).containsExactly(2, 1);
        assertThat(ruleSets.history(otherCongress).get(1).classificationScheme()).as("kept as it was").isEqualTo("CITY");
        refused(countyRules(baseline).effectiveFrom(LocalDate.of(2024, 12, 31)).reply(3, WindowUnit.MONTHS)
                .feedback(null, null).feedbackAnswerers(FeedbackAnswerers.LEAD_ONLY).note(null).by(world.admin),
                "effectiveFrom", "rules.effectiveFrom.beforeCurrent");
        assertThat(ruleSets.scheme("JIA_YI_BING").classes()).extracting(ClassDefinition::code)
                .containsExactly("甲", "乙", "丙");
        assertThat(ruleSets.scheme("CITY").byLetter("C")).get().extracting(ClassDefinition::definition)
                .isEqualTo("已列入规划计划逐步解决");
    }

    @Test
    @DisplayName("规则生效：复杂建议6个月、甲乙丙分类印在答复函上、答复前须联系代表、每位联名代表评价")
    void theRulesShapeTheProcess() {
        ruleSets.save(baseline().scheme("JIA_YI_BING").contactMandatory(true)
                .feedbackAnswerers(FeedbackAnswerers.ALL_SIGNERS).by(world.admin));

        long complex = world.registered(next++);
        assignments.assign(new AssignCommand(complex, world.health.id(), List.of(), LocalDate.of(2024, 3, 5),
                world.clerk, true));
        assertThat(assignments.taskOf(complex, world.health.id())).get()
                .extracting(t -> t.dueOn()).isEqualTo(LocalDate.of(2024, 9, 5));

        long id = world.registered(next++);
        assignments.assign(AssignCommand.leadOnly(id, world.health.id(), LocalDate.of(2024, 3, 5), world.clerk));
        assertThatThrownBy(() -> replies.saveDraft(new SaveDraftCommand(id, world.health.id(),
                content(id, ResolutionCategory.D), world.handler)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("classification");
                    assertThat(v.reasonKey()).isEqualTo("handling.reply.classNotInScheme");
                });
        Reply draft = replies.saveDraft(new SaveDraftCommand(id, world.health.id(), content(id, ResolutionCategory.B),
                world.handler));
        assertThat(draft.classificationScheme()).isEqualTo("JIA_YI_BING");
        assertThat(letters.of(draft).classification()).isEqualTo("乙");
        commitments.promise(new cn.jianyi.handling.PromiseCommand(draft.id(), world.health.id(), "年内完成改造",
                LocalDate.now().plusMonths(3), world.handler));      // 乙 implies a commitment
        assertThatThrownBy(() -> world.signed(draft, LocalDate.of(2024, 6, 20)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.reasonKey()).isEqualTo("handling.sign.noContact"));
        contactLog.recordContact(new RecordContactCommand(id, world.health.id(), ContactKind.PHONE,
                LocalDate.of(2024, 3, 20), "程绮南代表", "电话沟通办理方案", world.handler));
        world.signed(draft, LocalDate.of(2024, 6, 20));

        world.rated(id, Satisfaction.SATISFIED, null);
        assertThat(feedback.isClosable(id)).as("the co-signer 刘建华 has not answered yet").isFalse();
        assertThat(feedback.awaitsAnswerFrom(id, world.liu.id())).isTrue();
        feedback.submit(new SubmitFeedbackCommand(id, world.liu.id(), Satisfaction.BASICALLY_SATISFIED,
                Satisfaction.BASICALLY_SATISFIED, Satisfaction.SATISFIED, null, LocalDate.of(2024, 6, 28),
                world.deputy2));
        assertThat(feedback.isClosable(id)).isTrue();
        assertThatThrownBy(() -> feedback.submit(new SubmitFeedbackCommand(id, world.xiong.id(),
                Satisfaction.SATISFIED, Satisfaction.SATISFIED, Satisfaction.SATISFIED, null,
                LocalDate.of(2024, 6, 28), world.deputy)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.reasonKey()).isEqualTo("feedback.notASigner"));

        ruleSets.save(baseline().by(world.admin));           // back to the baseline for the other tests of this class
    }

    private ReplyContent content(long id, ResolutionCategory classification) {
        ReplyContent t = replyTemplates.newDraftTemplate(id, world.health.id());
        return new ReplyContent(classification, t.title(), t.salutation(), t.body() + "正在解决。", t.contactUnit(),
                t.contactPhone(), t.postcode(), t.copyTo(), t.publicity());
    }

    @Test
    @DisplayName("过时的办理规则表单被拒：提示他人已保存第1版（谁、何时、自何日施行），保留所填内容，不另存")
    void aStaleFormIsRefusedWithTheVersionSavedMeanwhile() {
        long town = context.getBean(cn.jianyi.suggestion.Meetings.class).addCongress("南昌市新建区长堎镇人民代表大会",
                "长堎镇人大", cn.jianyi.suggestion.CongressLevel.TOWNSHIP, "镇人大主席团", congress).id();
        RuleSet baseline = ruleSets.current(town);             // the page shows the baseline, version 0
        ruleSets.save(countyRules(baseline).note("按县里的规则").by(world.admin));   // meanwhile, version 1
        var admin = cn.jianyi.support.MockWebClient.loggedIn(
                (org.springframework.web.context.WebApplicationContext) context, "admin");

        StaleForms.refused(admin.submit("/rules/" + town, formOf(baseline, "我的修订", "0")), "0", "最新情况：陈立于",
                "保存了第1版办理规则，自 2025-01-01 起施行；修订说明：按县里的规则。", "我的修订");
        assertThat(ruleSets.history(town)).extracting(r -> r.revision().note()).containsExactly("按县里的规则");
    }

    /** The rules form as a page showing {@code r} sends it, effective from 2025-06-01, with a note and a version. */
    private static List<String> formOf(RuleSet r, String note, String version) {
        var form = new java.util.ArrayList<>(List.of("effectiveFrom", "2025-06-01", "classificationScheme",
                r.classificationScheme(), "feedbackAnswerers", r.feedbackAnswerers().name(), "publicSuggestionText",
                r.disclosure().suggestionText().name(), "note", note, "version", version));
        List<String> names = List.of("reply", "complex", "returnWindow", "opinion", "extension", "rehandling",
                "rehandlingShortest", "rehandlingLongest", "publication");
        List<cn.jianyi.calendar.Window> windows = List.of(r.reply(), r.complexReply(), r.returnWindow(),
                r.coUnitOpinion(), r.extensionLimit(), r.rehandling(), r.rehandlingShortest(), r.rehandlingLongest(),
                r.publication());
        for (int i = 0; i < names.size(); i++) {
            form.addAll(List.of(names.get(i) + ".amount", String.valueOf(windows.get(i).amount()),
                    names.get(i) + ".unit", windows.get(i).unit().name()));
        }
        return form;
    }

    private void refused(SaveRuleSetCommand command, String field, String reasonKey) {
        assertThatThrownBy(() -> ruleSets.save(command)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.reasonKey()).isEqualTo(reasonKey);
        });
    }

    private long count() {
        return jdbc.sql("select count(*) from rule_sets").query(Long.class).single();
    }
}
