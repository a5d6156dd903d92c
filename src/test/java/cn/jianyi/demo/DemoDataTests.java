package cn.jianyi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.SuggestionSummary;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.workbench.DeputyPortal;
import cn.jianyi.workbench.WorkList;

/** The demo data holds the reference case exactly as in the reference document, and cases in every status. */
@OnPostgres
@Lanes.BesideBrowsers
@IntegrationTest(properties = "jianyi.demo.enabled=true")
class DemoDataTests {

    /** The project's reference document, read where it lives: ../shared is beside every checkout and in CI. */
    private static final java.nio.file.Path REFERENCE =
            java.nio.file.Path.of("..", "shared", "corpus", "replies", "000_aef254c2c95ce4c2.txt");

    @Autowired Meetings meetings;
    @Autowired SuggestionQueries queries;
    @Autowired ReplyQueries replyQueries;
    @Autowired FeedbackManagement feedback;
    @Autowired WorkList workList;
    @Autowired DeputyPortal portal;
    @Autowired cn.jianyi.submission.SubmissionManagement submissions;
    @Autowired UserDetailsService logins;
    @Autowired DemoData demoData;
    @Autowired JdbcClient jdbc;

    @Test
    void holdsTheReferenceCase() throws Exception {
        MeetingView meeting = meetings.all().stream().filter(m -> m.term() == 2 && m.meeting() == 4).findFirst()
                .orElseThrow();
        assertThat(meeting.congressName()).isEqualTo("南昌市新建区人民代表大会");
        assertThat(meeting.shortTitle()).isEqualTo("区人大二届四次会议");
        long id = queries.findId(meeting.id(), 43).orElseThrow();
        SuggestionDetails details = queries.details(id, DataScope.all());
        assertThat(details.suggestion().title()).isEqualTo("关于健全生育服务保障机制的建议");
        assertThat(details.leadDeputy().name()).isEqualTo("程绮南");
        assertThat(details.leadUnit().unit()).satisfies(unit -> {
            assertThat(unit.fullName()).isEqualTo("南昌市新建区卫生健康委员会");
            assertThat(unit.shortName()).isEqualTo("区卫健委");
            assertThat(unit.docCode()).isEqualTo("新卫提字");
            assertThat(unit.phone()).isEqualTo("83752009");
            assertThat(unit.postcode()).isEqualTo("330100");
        });
        assertThat(details.status()).isEqualTo(Suggestion.Status.CONCLUDED);

        Reply reply = replyQueries.latestSigned(id).orElseThrow();
        assertThat(reply.documentNumber()).hasToString("新卫提字〔2024〕1号");
        assertThat(reply.classification()).isEqualTo(ResolutionCategory.A);
        assertThat(reply.title()).isEqualTo("关于区人大二届四次会议第43号建议的答复");
        assertThat(reply.salutation()).isEqualTo("尊敬的程绮南代表：");
        assertThat(reply.copyTo()).containsExactly("区人大常委会选举任免联络办公室", "区政府督查室");
        assertThat(reply.contactUnit() + " " + reply.contactPhone()).isEqualTo("区卫健委 83752009");
        assertThat(reply.postcode()).isEqualTo("330100");

        List<String> referenceLines = java.nio.file.Files.readString(REFERENCE, StandardCharsets.UTF_8)
                .lines().toList();
        int from = indexOf(referenceLines, "您提出的");
        int to = indexOf(referenceLines, "最后，感谢");
        String body = reply.body();
        int position = 0;
        for (String line : referenceLines.subList(from, to + 1)) {
            if (line.isBlank()) {
                continue;
            }
            int found = body.indexOf(line.strip(), position);
            assertThat(found).as("reference line in order: " + line).isGreaterThanOrEqualTo(0);
            position = found;
        }

        var answer = feedback.latestRoundFeedback(id).orElseThrow();
        assertThat(answer.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(answer.givenOn()).isEqualTo(LocalDate.of(2024, 6, 28));
    }

    @Test
    void hasAboutTwentyMoreCasesInEveryStatus() {
        Map<Suggestion.Status, Long> counts = queries.countByStatus(DataScope.all());
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(21);
        assertThat(Arrays.stream(Suggestion.Status.values())).allMatch(status -> counts.get(status) > 0);
    }

    @Test
    void reHandlesTheDissatisfiedCaseInASecondSignedRound() {
        MeetingView meeting = meeting4();
        long id = queries.findId(meeting.id(), 47).orElseThrow();
        List<Reply> replies = replyQueries.signedRepliesOf(id);
        assertThat(replies).extracting(Reply::round).containsExactly(1, 2);
        assertThat(feedback.of(id)).extracting(answer -> answer.satisfaction())
                .containsExactly(Satisfaction.DISSATISFIED, Satisfaction.SATISFIED);
        assertThat(queries.details(id, DataScope.all()).status()).isEqualTo(Suggestion.Status.CONCLUDED);
        assertThat(replies.get(1).documentNumber().serial()).isGreaterThan(replies.get(0).documentNumber().serial());
    }

    @Test
    void givesEveryDemoAccountSomethingToDo() {
        assertThat(itemsOf("clerk", "home.clerk.toAssign")).isNotEmpty();
        assertThat(itemsOf("clerk", "home.clerk.toClose")).isNotEmpty();
        assertThat(itemsOf("clerk", "home.clerk.rehandling")).isNotEmpty();
        assertThat(itemsOf("handler", "home.handler.toDraft")).isNotEmpty();
        assertThat(itemsOf("head", "home.head.toSign")).isNotEmpty();
        assertThat(itemsOf("head2", "home.head.toSign")).isNotEmpty();
        DeputyPortal.Portal cheng = portal.of((CurrentUser) logins.loadUserByUsername("deputy"));
        assertThat(cheng.cases()).filteredOn(DeputyPortal.CaseCard::awaitsMyFeedback).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(c -> c.lead());
        assertThat(cheng.cases()).as("the latest step on each card is a step, not the notice that followed it")
                .allSatisfy(c -> assertThat(c.latest().action()).isNotIn(cn.jianyi.suggestion.CaseAction.NOTIFY,
                        cn.jianyi.suggestion.CaseAction.REMIND, cn.jianyi.suggestion.CaseAction.DRAFT_REPLY));
        assertThat(cheng.invitations()).extracting(c -> c.submission().title()).containsExactly("关于璜溪大道增设过街天桥的建议");
        assertThat(cheng.submissions()).extracting(c -> c.submission().status())
                .containsExactly(cn.jianyi.submission.Submission.Status.DRAFT);
        assertThat(submissions.queue(cn.jianyi.identity.DataScope.all())).extracting(s -> s.title()).containsExactly("关于石岗镇农村生活污水治理的建议");
        assertThat(submissions.letters(cn.jianyi.identity.DataScope.all())).hasSize(1);
        assertThat(itemsOf("supervisor", "home.supervisor.overdue")).isNotEmpty();
    }

    @Test
    void scopesTheSecondUnitsAccountsToTheirOwnUnit() {
        CurrentUser handler2 = (CurrentUser) logins.loadUserByUsername("handler2");
        var cases = queries.search(cn.jianyi.suggestion.SuggestionFilter.none(), handler2.dataScope(), 1, 100).items();
        assertThat(cases).isNotEmpty();
        assertThat(cases).allMatch(item -> queries.details(item.id(), DataScope.all()).suggestion()
                .isHandledBy(handler2.unitId()));
        assertThat(cases).noneMatch(item -> item.number() == 43 && item.term() == 2 && item.meeting() == 4);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("2024年的答复已公开（参考案例有文号和答复原文）；2026年的待决定，有的已超期")
    void publishesThe2024RepliesAndLeavesTheCurrentMeetingPending() {
        long id = queries.findId(meeting4().id(), 43).orElseThrow();
        var copy = jdbc.sql("select document_number, reply_body, outcome from published_copies where suggestion_id = :id")
                .param("id", id).query().singleRow();
        assertThat(copy.get("document_number")).isEqualTo("新卫提字〔2024〕1号");
        assertThat(copy.get("outcome")).isEqualTo("PUBLISHED");
        assertThat((String) copy.get("reply_body")).isEqualTo(replyQueries.latestSigned(id).orElseThrow().body());
        String meeting4Records = "publications p where p.meeting_id = " + meeting4().id();
        assertThat(count(meeting4Records + " and p.status = 'PUBLISHED'")).as("every 2024 reply published")
                .isEqualTo(count(meeting4Records)).isGreaterThan(5);
        assertThat(count("published_copies")).isEqualTo(count(meeting4Records));
        assertThat(count("publications p where p.status = 'PENDING' and p.meeting_id <> " + meeting4().id()))
                .as("the 2026 meeting's replies await the office").isGreaterThanOrEqualTo(2)
                .isEqualTo(count("publications p where p.status = 'PENDING'"));
        assertThat(jdbc.sql("select count(*) from publications where status = 'PENDING' and due_on < current_date")
                .query(Long.class).single()).as("one of them past its deadline").isPositive();
        assertThat(count("publications")).isEqualTo(count("replies r where r.status = 'SIGNED'"));
    }

    @Test
    void seedsOnlyAnEmptyDatabase() throws Exception {
        long suggestions = count("suggestions");
        long users = count("users");
        long timeline = count("timeline_entries");
        demoData.afterSingletonsInstantiated();
        assertThat(count("suggestions")).isEqualTo(suggestions);
        assertThat(count("users")).isEqualTo(users);
        assertThat(count("timeline_entries")).isEqualTo(timeline);
    }

    private List<SuggestionSummary> itemsOf(String username, String section) {
        CurrentUser user = (CurrentUser) logins.loadUserByUsername(username);
        return workList.homeOf(user).sections().stream().filter(s -> s.titleKey().equals(section)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no section " + section)).items();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private MeetingView meeting4() {
        return meetings.all().stream().filter(m -> m.term() == 2 && m.meeting() == 4).findFirst().orElseThrow();
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("not in the reference: " + prefix);
    }
}
