package cn.jianyi.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import cn.jianyi.identity.Role;

/** The latest state a refused form shows (ADR 0065), resolved with the application's messages. No Spring context. */
class LatestCaseStateTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
    }

    @Test
    @DisplayName("最新情况：最后一次有人办理的动作（谁、何时、做了什么及备注）和案件状态，不算系统发送的通知")
    void namesTheLastActOfAPersonAndTheStatus() {
        var timeline = List.of(
                entry(1, "2024-01-12T01:00:00Z", CaseAction.REGISTER, "王晓燕", null),
                entry(2, "2024-03-05T02:32:00Z", CaseAction.ASSIGN, "王晓燕", "主办：区卫健委；答复期限：2024-06-05"),
                entry(3, "2024-03-05T02:33:00Z", CaseAction.NOTIFY, "系统", "已通知：区卫健委 熊伟（站内）"));

        assertThat(text(LatestCaseState.of(Suggestion.Status.ASSIGNED, timeline, Role.CLERK, SHANGHAI)))
                .isEqualTo("最新情况：王晓燕于 2024-03-05 10:32 交办（主办：区卫健委；答复期限：2024-06-05），该建议当前状态为“已交办”。");
    }

    @Test
    @DisplayName("代表读不到的动作不提，读不到备注时不带备注；没有可读的动作时只说状态")
    void tellsOnlyWhatTheReaderMayRead() {
        var timeline = List.of(
                entry(1, "2024-03-05T02:32:00Z", CaseAction.REASSIGN, "王晓燕", "调整为区教体局"),
                entry(2, "2024-03-06T02:00:00Z", CaseAction.DRAFT_REPLY, "熊伟", "第1轮答复稿第1稿"));

        assertThat(text(LatestCaseState.of(Suggestion.Status.ASSIGNED, timeline, Role.DEPUTY, SHANGHAI)))
                .isEqualTo("最新情况：王晓燕于 2024-03-05 10:32 调整承办单位，该建议当前状态为“已交办”。");
        assertThat(text(LatestCaseState.of(Suggestion.Status.ASSIGNED, timeline.subList(1, 2), Role.DEPUTY,
                SHANGHAI))).isEqualTo("最新情况：该建议当前状态为“已交办”。");
    }

    private String text(MessageSourceResolvable message) {
        return messages.getMessage(message, Locale.SIMPLIFIED_CHINESE);
    }

    private static TimelineEntry entry(long id, String at, CaseAction action, String who, String remark) {
        return new TimelineEntry(id, 7, Instant.parse(at), action, Suggestion.Status.ASSIGNED,
                Suggestion.Status.ASSIGNED, "u" + id, who, "CLERK", null, remark);
    }
}
