package cn.jianyi.submission.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.Spreadsheet.Column;
import cn.jianyi.shared.web.Downloads;
import cn.jianyi.submission.Submission;
import cn.jianyi.submission.SubmissionManagement;

/** The registration queue (待受理) and the letters (代表来信) to Excel, as the office's lists show them. */
@Controller
@PreAuthorize("hasAuthority('suggestion:register')")
class RegistrationQueueExportController {

    private static final List<Column> QUEUE = List.of(new Column("提交时间", 18), new Column("标题", 48),
            new Column("领衔代表", 10), new Column("联名代表", 24), new Column("类别", 12),
            new Column("建议承办单位", 20), new Column("撤回申请", 10));
    private static final List<Column> LETTERS = List.of(new Column("提交时间", 18), new Column("标题", 48),
            new Column("领衔代表", 10), new Column("联名代表", 24), new Column("不予受理的情形", 24),
            new Column("说明", 48), new Column("处理时间", 18));

    private final SubmissionManagement submissions;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    RegistrationQueueExportController(SubmissionManagement submissions, Directory directory, MessageSource messages,
                                      Clock clock) {
        this.submissions = submissions;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/submissions/queue/export.xlsx")
    void queue(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, HttpServletResponse response) throws IOException {
        Map<Long, String> names = deputyNames();
        try (var book = Spreadsheet.create("待受理建议", QUEUE)) {
            for (Submission s : submissions.queue(me.dataScope())) {
                book.row(local(s.submittedAt()), s.title(), names.get(s.leadDeputyId()), coSigners(s, names),
                        s.category() == null ? null : msg("SubjectArea." + s.category().name()), s.proposedUnit(),
                        s.isWithdrawalRequested() ? msg("submission.withdrawal.pending") : null);
            }
            Downloads.xlsx(response, "待受理建议-" + LocalDate.now(clock), book);
        }
    }

    @GetMapping("/letters/export.xlsx")
    void letters(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, HttpServletResponse response) throws IOException {
        Map<Long, String> names = deputyNames();
        try (var book = Spreadsheet.create("代表来信", LETTERS)) {
            for (Submission s : submissions.letters(me.dataScope())) {
                book.row(local(s.submittedAt()), s.title(), names.get(s.leadDeputyId()), coSigners(s, names),
                        s.declineReason() == null ? null : msg("NonAdmissibleReason." + s.declineReason().name()),
                        s.declineExplanation(), local(s.decidedAt()));
            }
            Downloads.xlsx(response, "代表来信-" + LocalDate.now(clock), book);
        }
    }

    private Map<Long, String> deputyNames() {
        return directory.deputies().stream().collect(Collectors.toMap(Deputy::id, Deputy::name));
    }

    private static String coSigners(Submission s, Map<Long, String> names) {
        return s.coSignerIds().isEmpty() ? null
                : s.coSignerIds().stream().map(names::get).collect(Collectors.joining("、"));
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
