package cn.jianyi.suggestion.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.Spreadsheet.Column;
import cn.jianyi.shared.web.Downloads;
import cn.jianyi.suggestion.SuggestionQueries;

/** 导出Excel: the suggestion list as filtered, every matching case in the user's data scope, one row each. */
@Controller
@PreAuthorize("hasAuthority('suggestion:read')")
class SuggestionExportController {

    private static final List<Column> COLUMNS = List.of(new Column("会议", 16), new Column("建议号", 8),
            new Column("标题", 48), new Column("领衔代表", 10), new Column("类别", 12), new Column("状态", 10),
            new Column("主办单位", 16), new Column("答复期限", 12), new Column("收到日期", 12),
            new Column("重点督办牵头领导", 24));

    private final SuggestionQueries queries;
    private final MessageSource messages;
    private final Clock clock;

    SuggestionExportController(SuggestionQueries queries, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/suggestions/export.xlsx")
    void export(@RequestParam(required = false) String meetingId, @RequestParam(required = false) String status,
                @RequestParam(required = false) String unitId, @RequestParam(required = false) String keyword,
                @RequestParam(required = false) String key, @AuthenticationPrincipal CurrentUser me,
                HttpServletResponse response) throws IOException {
        ListFilterForm filter = ListFilterForm.parse(meetingId, status, unitId, keyword, null, key);
        var locale = LocaleContextHolder.getLocale();
        try (var sheet = Spreadsheet.create("建议列表", COLUMNS)) {
            queries.forEachMatching(filter.toFilter(), me.dataScope(), s -> sheet.row(s.meetingName(), s.number(),
                    s.title(), s.leadDeputyName(), messages.getMessage("SubjectArea." + s.category(), null, locale),
                    messages.getMessage("Suggestion.Status." + s.status(), null, locale), s.leadUnitName(),
                    s.dueOn(), s.receivedOn(), s.keyLeader()));
            Downloads.xlsx(response, "建议列表-" + LocalDate.now(clock), sheet);
        }
    }
}
