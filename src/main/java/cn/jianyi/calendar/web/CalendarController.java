package cn.jianyi.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.calendar.CalendarDay;
import cn.jianyi.calendar.CalendarManagement;
import cn.jianyi.calendar.WorkingDayCalendar;
import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;

/** 工作日历: everyone reads it; the congress office keeps it. */
@Controller
class CalendarController {

    private static final String VIEW = "calendar/calendar";

    private final WorkingDays workingDays;
    private final CalendarManagement calendar;
    private final Clock clock;

    CalendarController(WorkingDays workingDays, CalendarManagement calendar, Clock clock) {
        this.workingDays = workingDays;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String show(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null || year < 1949 || year > 2200 ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("form", new CalendarEntryForm(null, null, CalendarDay.Kind.HOLIDAY, null, null));
        return show(shown, model);
    }

    @PostMapping("/calendar")
    @PreAuthorize("hasAuthority('calendar:manage')")
    String add(@Valid @ModelAttribute("form") CalendarEntryForm form, BindingResult result,
               @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        int year = form.from() == null ? LocalDate.now(clock).getYear() : form.from().getYear();
        if (result.hasErrors()) {
            return Forms.refused(result, redirect, "/calendar?year=" + year);
        }
        Optional<List<LocalDate>> added = Forms.submit(result, () -> calendar.add(form.toCommand(me.toActor())));
        if (added.isEmpty()) {
            return Forms.refused(result, redirect, "/calendar?year=" + year);
        }
        Flash.show(redirect, "calendar.added", added.get().size());
        return "redirect:/calendar?year=" + year;
    }

    @PostMapping("/calendar/{date}/delete")
    @PreAuthorize("hasAuthority('calendar:manage')")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        calendar.remove(date, me.toActor());
        Flash.show(redirect, "calendar.removed", date);
        return "redirect:/calendar?year=" + date.getYear();
    }

    private String show(int year, Model model) {
        WorkingDayCalendar current = workingDays.calendar();
        model.addAttribute("year", year);
        model.addAttribute("years", current.years());
        model.addAttribute("entries", workingDays.entriesOf(year));
        model.addAttribute("source", workingDays.sourceOf(year).orElse(null));
        model.addAttribute("kinds", CalendarDay.Kind.values());
        return VIEW;
    }
}
