package cn.jianyi.feedback.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.jianyi.feedback.FlaggedFeedbacks;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.Spreadsheet.Column;
import cn.jianyi.shared.web.Downloads;

/** 评价异常提示: the supervision office's list of feedback that may not have been given by the deputy. */
@Controller
@PreAuthorize("hasAuthority('feedback:flags:read')")
class FeedbackFlagsController {

    private static final List<Column> COLUMNS = List.of(new Column("建议号", 8), new Column("标题", 40),
            new Column("轮次", 6), new Column("代表", 10), new Column("评价", 10), new Column("提交时间", 18),
            new Column("提交地址", 16), new Column("疑点", 60));

    private final FlaggedFeedbacks flagged;
    private final MessageSource messages;
    private final Clock clock;

    FeedbackFlagsController(FlaggedFeedbacks flagged, MessageSource messages, Clock clock) {
        this.flagged = flagged;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/supervision/feedback-flags")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("flagged", flagged.list(me.dataScope()));
        return "feedback/flags";
    }

    /** 导出Excel: one row per flagged form, its doubts joined in one cell. */
    @GetMapping("/supervision/feedback-flags/export.xlsx")
    void export(@AuthenticationPrincipal CurrentUser me, HttpServletResponse response) throws IOException {
        var locale = LocaleContextHolder.getLocale();
        try (var book = Spreadsheet.create("评价异常提示", COLUMNS)) {
            for (FlaggedFeedbacks.FlaggedFeedback f : flagged.list(me.dataScope())) {
                String doubts = f.flags().stream()
                        .map(flag -> messages.getMessage("FlagKind." + flag.kind(), null, locale) + "：" + flag.detail())
                        .collect(Collectors.joining("；"));
                book.row(f.suggestion().number(), f.suggestion().title(), f.round(), f.deputyName(),
                        messages.getMessage("Satisfaction." + f.satisfaction(), null, locale),
                        LocalDateTime.ofInstant(f.submittedAt(), clock.getZone()), f.clientAddress(), doubts);
            }
            Downloads.xlsx(response, "评价异常提示-" + LocalDate.now(clock), book);
        }
    }
}
