package cn.jianyi.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import cn.jianyi.publication.Publication.Status;
import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.support.TransitionTable;

class PublicationTests {

    private static final Instant AT = Instant.parse("2024-07-01T02:00:00Z");

    private static Publication pending() {
        return Publication.due(1, 2, 3, 4, LocalDate.of(2024, 6, 20), LocalDate.of(2024, 7, 18));
    }

    private static Publication published() {
        Publication p = pending();
        p.publish("clerk", AT);
        return p;
    }

    /** A record in the status, got there by real transitions. */
    static Publication inStatus(Status status) {
        Publication p = pending();
        switch (status) {
            case PUBLISHED -> p.publish("clerk", AT);
            case PARTLY_PUBLISHED -> p.publishInPart("第三段涉及在办事项", "clerk", AT);
            case WITHHELD -> p.withhold(WithholdingGround.OTHER, "理由", "clerk", AT);
            case WITHDRAWN -> {
                p.publish("clerk", AT);
                p.withdraw("内容有误", "clerk", AT);
            }
            default -> {
            }
        }
        return p;
    }

    static Consumer<Publication> action(String name) {
        return switch (name) {
            case "publish" -> p -> p.publish("clerk", AT);
            case "publishInPart" -> p -> p.publishInPart("理由", "clerk", AT);
            case "withhold" -> p -> p.withhold(WithholdingGround.PERSONAL_PRIVACY, "理由", "clerk", AT);
            case "withdraw" -> p -> p.withdraw("理由", "clerk", AT);
            case "recordWish" -> p -> p.recordDeputyWish(DeputyWish.AGREES, null);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvFileSource(resources = "/publication-transitions.csv", numLinesToSkip = 1)
    void followsTheTransitionTable(Status from, String action, String outcome) {
        Publication p = inStatus(from);
        if (outcome.equals("REJECTED")) {
            assertThatThrownBy(() -> action(action).accept(p)).isInstanceOf(IllegalTransitionException.class);
            assertThat(p.status()).isEqualTo(from);
        } else {
            action(action).accept(p);
            assertThat(p.status()).isEqualTo(Status.valueOf(outcome));
        }
    }

    @Test
    void tableCoversEveryPairExactlyOnce() {
        assertThat(TransitionTable.pairs("/publication-transitions.csv")).containsExactlyInAnyOrderElementsOf(
                TransitionTable.allPairs(Status.values(),
                        List.of("publish", "publishInPart", "withhold", "withdraw", "recordWish")));
    }

    @Test
    @DisplayName("待决定 → 公开 / 部分公开 / 不予公开")
    void aPendingRecordIsDecidedOnce() {
        assertThat(published().status()).isEqualTo(Status.PUBLISHED);
        Publication partly = pending();
        partly.publishInPart("第三段涉及在办事项", "clerk", AT);
        assertThat(partly.status()).isEqualTo(Status.PARTLY_PUBLISHED);
        Publication withheld = pending();
        withheld.withhold(WithholdingGround.PERSONAL_PRIVACY, "涉及个人健康信息", "clerk", AT);
        assertThat(withheld.status()).isEqualTo(Status.WITHHELD);
        assertThat(withheld.withholdingGround()).isEqualTo(WithholdingGround.PERSONAL_PRIVACY);
        assertThatThrownBy(() -> withheld.publish("clerk", AT)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> published().publishInPart("理由", "clerk", AT))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("不予公开须有类别和理由")
    void withholdingNeedsItsGroundAndReason() {
        assertThatThrownBy(() -> pending().withhold(null, "理由", "clerk", AT)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> pending().withhold(WithholdingGround.OTHER, " ", "clerk", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("公开或部分公开的可以撤回（须说明理由），撤回后可以重新决定")
    void aPublicationIsWithdrawnAndDecidedAgain() {
        Publication p = published();
        assertThatThrownBy(() -> p.withdraw("", "clerk", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(p.withdraw("答复内容有误", "clerk", AT)).isEqualTo(Status.PUBLISHED);
        assertThat(p.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(p.withdrawalReason()).isEqualTo("答复内容有误");
        assertThatThrownBy(() -> p.withdraw("再撤", "clerk", AT)).isInstanceOf(IllegalTransitionException.class);
        p.withhold(WithholdingGround.PROCESS_INFORMATION, "仍在研究", "clerk", AT);
        assertThat(p.status()).isEqualTo(Status.WITHHELD);
    }

    @Test
    @DisplayName("待决定和不予公开的不能撤回")
    void onlyAPublicationIsWithdrawn() {
        assertThatThrownBy(() -> pending().withdraw("理由", "clerk", AT)).isInstanceOf(IllegalTransitionException.class);
        Publication withheld = pending();
        withheld.withhold(WithholdingGround.OTHER, "理由", "clerk", AT);
        assertThatThrownBy(() -> withheld.withdraw("理由", "clerk", AT)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("代表意愿只在决定前记录；超期只算待决定的")
    void theWishIsRecordedBeforeTheDecisionAndOnlyPendingOnesAreOverdue() {
        Publication p = pending();
        p.recordDeputyWish(DeputyWish.OBJECTS, " 涉及家人隐私 ");
        assertThat(p.deputyWish()).isEqualTo(DeputyWish.OBJECTS);
        assertThat(p.deputyWishNote()).isEqualTo("涉及家人隐私");
        assertThat(p.isOverdue(LocalDate.of(2024, 7, 18))).isFalse();
        assertThat(p.isOverdue(LocalDate.of(2024, 7, 19))).isTrue();
        p.publish("clerk", AT);
        assertThat(p.isOverdue(LocalDate.of(2024, 7, 19))).isFalse();
        assertThatThrownBy(() -> p.recordDeputyWish(DeputyWish.AGREES, null))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
