package cn.jianyi.supervision.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jianyi.supervision.DeadlineMonitor;
import cn.jianyi.supervision.DeadlineState;

/** 督办台账: running tasks that are due soon or overdue, by unit, filtered by state (supervisors and the office). */
@Controller
class DeadlineLedgerController {

    private static final String VIEW = "supervision/deadlines";

    private final DeadlineMonitor monitor;

    DeadlineLedgerController(DeadlineMonitor monitor) {
        this.monitor = monitor;
    }

    /** {@code state} is one of the warning states; anything else (or nothing) lists all three. */
    @GetMapping("/supervision/deadlines")
    @PreAuthorize("hasAuthority('supervision:deadlines:read')")
    String ledger(@RequestParam(required = false) String state, Model model) {
        DeadlineState filter = parse(state);
        List<DeadlineMonitor.LedgerRow> rows = monitor.ledger(filter);
        Map<String, Long> byUnit = new LinkedHashMap<>();
        rows.forEach(row -> byUnit.merge(row.unitName(), 1L, Long::sum));
        model.addAttribute("rows", rows);
        model.addAttribute("byUnit", byUnit);
        model.addAttribute("state", filter);
        model.addAttribute("states", List.of(DeadlineState.DUE_SOON, DeadlineState.OVERDUE, DeadlineState.LONG_OVERDUE));
        model.addAttribute("today", monitor.today());
        return VIEW;
    }

    private static DeadlineState parse(String state) {
        if (state == null) {
            return null;
        }
        for (DeadlineState candidate : DeadlineState.values()) {
            if (candidate.isWarning() && candidate.name().equals(state)) {
                return candidate;
            }
        }
        return null;
    }
}
