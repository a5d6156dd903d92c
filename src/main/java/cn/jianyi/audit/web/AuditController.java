package cn.jianyi.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jianyi.audit.AuditFilter;
import cn.jianyi.audit.AuditKind;
import cn.jianyi.audit.AuditQueries;
import cn.jianyi.audit.AuditRecord;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.Spreadsheet.Column;
import cn.jianyi.shared.web.Downloads;

/**
 * 安全审计: the security audit log with its filters (person, kind, object, period), 50 a page, and its Excel export.
 * Only the 审计管理员 reads it. A filter value that cannot be read filters nothing.
 */
@Controller
@PreAuthorize("hasAuthority('audit:read')")
class AuditController {

    static final int PAGE_SIZE = 50;
    private static final List<Column> COLUMNS = List.of(new Column("序号", 8), new Column("时间", 20),
            new Column("账号", 12), new Column("姓名", 10), new Column("地址", 16), new Column("浏览器标识", 38),
            new Column("事件", 12), new Column("对象类型", 14), new Column("对象", 40), new Column("对象名称", 30),
            new Column("结果", 8), new Column("详情", 50), new Column("SM3", 66));

    private final AuditQueries queries;
    private final MessageSource messages;
    private final Clock clock;

    AuditController(AuditQueries queries, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String person, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String object, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String page,
                Model model) {
        AuditFilter filter = filter(person, kind, object, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("result", queries.search(filter, number(page), PAGE_SIZE));
        model.addAttribute("zone", clock.getZone());
        return "audit/log";
    }

    @GetMapping("/audit/export.xlsx")
    void export(@RequestParam(required = false) String person, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String object, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        try (var book = Spreadsheet.create("安全审计日志", COLUMNS)) {
            for (AuditRecord r : queries.export(filter(person, kind, object, from, to))) {
                var e = r.entry();
                book.row(r.seq(), LocalDateTime.ofInstant(r.occurredAt(), clock.getZone()), e.username(),
                        e.displayName(), e.clientAddress(), e.deviceId(),
                        messages.getMessage("AuditKind." + e.kind(), null, e.kind().name(), locale), e.objectType(),
                        e.objectId(), e.objectLabel(),
                        messages.getMessage("AuditOutcome." + e.outcome(), null, e.outcome().name(), locale),
                        e.detail(), r.hash());
            }
            Downloads.xlsx(response, "安全审计日志-" + LocalDate.now(clock), book);
        }
    }

    private static AuditFilter filter(String person, String kind, String object, String from, String to) {
        return new AuditFilter(person, kindOf(kind), object, date(from), date(to));
    }

    private static AuditKind kindOf(String text) {
        for (AuditKind kind : AuditKind.values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int number(String text) {
        try {
            return text == null ? 1 : Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
