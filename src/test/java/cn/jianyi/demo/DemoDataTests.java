package cn.jianyi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.HandlingManagement;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.identity.DataScope;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.support.IntegrationTest;

/** The demo data holds the reference case exactly as in the reference document, and cases in every status. */
@IntegrationTest(properties = "jianyi.demo.enabled=true")
class DemoDataTests {

    private static final Path REFERENCE = Path.of("..", "shared", "corpus", "replies", "000_aef254c2c95ce4c2.txt");

    @Autowired Meetings meetings;
    @Autowired SuggestionQueries queries;
    @Autowired HandlingManagement handling;
    @Autowired FeedbackManagement feedback;

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

        Reply reply = handling.latestSigned(id).orElseThrow();
        assertThat(reply.documentNumber()).hasToString("新卫提字〔2024〕1号");
        assertThat(reply.classification()).isEqualTo(ResolutionCategory.A);
        assertThat(reply.title()).isEqualTo("关于区人大二届四次会议第43号建议的答复");
        assertThat(reply.salutation()).isEqualTo("尊敬的程绮南代表：");
        assertThat(reply.copyTo()).containsExactly("区人大常委会选举任免联络办公室", "区政府督查室");
        assertThat(reply.contactUnit() + " " + reply.contactPhone()).isEqualTo("区卫健委 83752009");
        assertThat(reply.postcode()).isEqualTo("330100");

        List<String> referenceLines = Files.readAllLines(REFERENCE, StandardCharsets.UTF_8);
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

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("not in the reference: " + prefix);
    }
}
