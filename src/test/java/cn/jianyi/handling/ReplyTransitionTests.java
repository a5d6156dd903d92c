package cn.jianyi.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.support.TransitionTable;

/** Walks every (status, action) pair of a reply against reply-transitions.csv. */
class ReplyTransitionTests {

    static final cn.jianyi.identity.HandlingUnit UNIT = new cn.jianyi.identity.HandlingUnit(2L,
            "南昌市新建区卫生健康委员会", "区卫健委", "新卫提字", "83752009", "330100", null, null, true, null, null);

    static ReplyContent content(String body) {
        return new ReplyContent(ResolutionCategory.A, "关于区人大二届四次会议第43号建议的答复", "尊敬的程绮南代表：", body,
                "区卫健委", "83752009", "330100", List.of("区人大常委会选举任免联络办公室", "区政府督查室"), Publicity.PROACTIVE);
    }

    static Reply inStatus(Reply.Stage stage) {
        Reply reply = Reply.draft(1, 2, 1, content("正文"), "NPC", "handler", Instant.EPOCH);
        if (stage == Reply.Stage.SUBMITTED) {
            reply.submitForSigning("handler", Instant.EPOCH);
        }
        if (stage == Reply.Stage.SIGNED) {
            reply.sign(new DocumentNumber("新卫提字", 2024, 1), UNIT, "李卫东", LocalDate.of(2024, 6, 20), Instant.EPOCH);
        }
        return reply;
    }

    static Consumer<Reply> action(String name) {
        return switch (name) {
            case "revise" -> r -> r.revise(content("修改后的正文"), "NPC", "handler", Instant.EPOCH);
            case "submit" -> r -> r.submitForSigning("handler", Instant.EPOCH);
            case "return" -> Reply::returnForRevision;
            case "sign" -> r -> r.sign(new DocumentNumber("新卫提字", 2024, 2), UNIT, "李卫东", LocalDate.of(2024, 6, 21),
                    Instant.EPOCH);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvFileSource(resources = "/reply-transitions.csv", numLinesToSkip = 1)
    void followsTheTransitionTable(Reply.Stage from, String action, String outcome) {
        Reply reply = inStatus(from);
        String bodyBefore = reply.body();
        DocumentNumber numberBefore = reply.documentNumber();
        if (outcome.equals("REJECTED")) {
            assertThatThrownBy(() -> action(action).accept(reply)).isInstanceOf(IllegalTransitionException.class);
            assertThat(reply.stage()).isEqualTo(from);
            assertThat(reply.body()).isEqualTo(bodyBefore);
            assertThat(reply.documentNumber()).isEqualTo(numberBefore);
        } else {
            action(action).accept(reply);
            assertThat(reply.stage()).isEqualTo(Reply.Stage.valueOf(outcome));
        }
    }

    @Test
    void tableCoversEveryPairExactlyOnce() {
        assertThat(TransitionTable.pairs("/reply-transitions.csv")).containsExactlyInAnyOrderElementsOf(
                TransitionTable.allPairs(Reply.Stage.values(), List.of("revise", "submit", "return", "sign")));
    }

    @Test
    void revisingADraftReplacesItsContent() {
        Reply reply = inStatus(Reply.Stage.DRAFT);
        reply.revise(content("修改后的正文"), "NPC", "handler2", Instant.EPOCH.plusSeconds(60));
        assertThat(reply.body()).isEqualTo("修改后的正文");
        assertThat(reply.draftedBy()).isEqualTo("handler2");
        assertThat(reply.documentNumber()).isNull();
    }

    @Test
    void signingFixesNumberSignerAndDate() {
        Reply reply = inStatus(Reply.Stage.SIGNED);
        assertThat(reply.documentNumber()).hasToString("新卫提字〔2024〕1号");
        assertThat(reply.signerName()).isEqualTo("李卫东");
        assertThat(reply.signedOn()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(reply.copyTo()).containsExactly("区人大常委会选举任免联络办公室", "区政府督查室");
    }
}
