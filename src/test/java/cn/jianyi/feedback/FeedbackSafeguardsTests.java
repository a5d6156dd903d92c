package cn.jianyi.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.jianyi.identity.ClientSighting;

/** The 被满意 safeguards as a policy: which online answers are flagged, and why, in words. */
class FeedbackSafeguardsTests {

    static final Instant SIGNED = Instant.parse("2024-06-20T02:00:00Z");
    static final Duration WINDOW = Duration.ofMinutes(30);
    static final List<ClientSighting> UNIT = List.of(
            new ClientSighting("handler", 7L, "10.1.1.5", "11111111-1111-1111-1111-111111111111", SIGNED, SIGNED));
    static final Map<Long, String> NAMES = Map.of(7L, "区卫健委");
    static final Map<String, String> PEOPLE = Map.of("handler", "熊伟");

    private static Feedback answer(String address, String device, Instant at) {
        return answer(Satisfaction.SATISFIED, address, device, at);
    }

    private static Feedback answer(Satisfaction satisfaction, String address, String device, Instant at) {
        return new Feedback(1L, 1L, 1L, 1, 3L, satisfaction, satisfaction, satisfaction,
                null, LocalDate.of(2024, 6, 28), "deputy", at, address, device, FeedbackChannel.ONLINE, null, 1, null, null, null,
                null);
    }

    @Test
    @DisplayName("代表在自己的设备上、签发数日后评价：无疑点")
    void theDeputysOwnAnswerIsNotFlagged() {
        assertThat(FeedbackSafeguards.assess(answer("36.5.7.9", "22222222-2222-2222-2222-222222222222",
                SIGNED.plus(Duration.ofDays(3))), SIGNED, UNIT, NAMES, PEOPLE, WINDOW)).isEmpty();
    }

    @Test
    @DisplayName("与承办单位同一地址、同一浏览器、签发后10分钟内：三条疑点，各有说明")
    void sameAddressSameBrowserAndTooSoon() {
        var findings = FeedbackSafeguards.assess(answer("10.1.1.5", "11111111-1111-1111-1111-111111111111",
                SIGNED.plus(Duration.ofMinutes(10))), SIGNED, UNIT, NAMES, PEOPLE, WINDOW);
        assertThat(findings).extracting(FeedbackSafeguards.Finding::kind).containsExactly(
                FlagKind.SAME_ADDRESS_AS_UNIT, FlagKind.SAME_BROWSER_AS_UNIT, FlagKind.SOON_AFTER_REPLY);
        assertThat(findings).extracting(FeedbackSafeguards.Finding::detail).containsExactly(
                "提交地址 10.1.1.5 与承办单位区卫健委熊伟的账号使用过的地址相同",
                "提交所用浏览器与承办单位区卫健委熊伟的账号使用过的浏览器相同",
                "答复签发后 10分钟 即提交评价（30分钟内）");
    }

    @Test
    @DisplayName("刚好在时限外（30分钟）不算；未经网页提交（无地址）不作判断")
    void boundariesAndAnswersNotGivenOnline() {
        assertThat(FeedbackSafeguards.assess(answer("36.5.7.9", null, SIGNED.plus(WINDOW)), SIGNED, UNIT, NAMES, PEOPLE,
                WINDOW)).isEmpty();
        assertThat(FeedbackSafeguards.assess(answer(null, null, SIGNED.plus(Duration.ofMinutes(1))), SIGNED, UNIT,
                NAMES, PEOPLE, WINDOW)).isEmpty();
    }

    @Test
    @DisplayName("疑点只对满意和基本满意：同一地址、同一浏览器、立即提交的不满意不记疑点")
    void onlyAnswersThatAcceptTheReplyAreFlagged() {
        Instant tooSoon = SIGNED.plus(Duration.ofMinutes(10));
        String address = "10.1.1.5";
        String device = "11111111-1111-1111-1111-111111111111";
        assertThat(FeedbackSafeguards.assess(answer(Satisfaction.DISSATISFIED, address, device, tooSoon), SIGNED, UNIT,
                NAMES, PEOPLE, WINDOW)).isEmpty();
        assertThat(FeedbackSafeguards.assess(answer(Satisfaction.BASICALLY_SATISFIED, address, device, tooSoon), SIGNED,
                UNIT, NAMES, PEOPLE, WINDOW)).extracting(FeedbackSafeguards.Finding::kind).containsExactly(
                FlagKind.SAME_ADDRESS_AS_UNIT, FlagKind.SAME_BROWSER_AS_UNIT, FlagKind.SOON_AFTER_REPLY);
    }
}
