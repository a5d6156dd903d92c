package cn.jianyi.suggestion.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestHeader;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.suggestion.CaseDeadlines;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.SuggestionSummary;

/** 建议列表: filters and pagination, always within the user's data scope. */
@Controller
@PreAuthorize("hasAuthority('suggestion:read')")
class SuggestionListController {

    static final int PAGE_SIZE = 20;

    private final SuggestionQueries queries;
    private final Meetings meetings;
    private final Directory directory;
    private final CaseDeadlines deadlines;

    SuggestionListController(SuggestionQueries queries, Meetings meetings, Directory directory,
                             CaseDeadlines deadlines) {
        this.deadlines = deadlines;
        this.queries = queries;
        this.meetings = meetings;
        this.directory = directory;
    }

    @GetMapping("/suggestions")
    String list(@RequestParam(required = false) String meetingId, @RequestParam(required = false) String status,
                @RequestParam(required = false) String unitId, @RequestParam(required = false) String keyword,
                @RequestParam(required = false) String page, @RequestParam(required = false) String key,
                @AuthenticationPrincipal CurrentUser me,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ListFilterForm filter = ListFilterForm.parse(meetingId, status, unitId, keyword, page, key);
        model.addAttribute("filter", filter);
        var result = queries.search(filter.toFilter(), me.dataScope(), filter.page(), PAGE_SIZE);
        model.addAttribute("result", result);
        // each reader's own deadlines; a deputy reads the answer deadline only, never the units' internal ones
        boolean deputy = me.unitId() == null && me.deputyId() != null;
        model.addAttribute("deadlines", deputy ? java.util.Map.of() : deadlines.forReader(
                result.items().stream().map(SuggestionSummary::id).toList(), me.unitId()));
        model.addAttribute("unitReader", me.unitId() != null);
        model.addAttribute("meetings", meetings.within(me.congressScope()));
        model.addAttribute("statuses", Suggestion.Status.values());
        model.addAttribute("units", directory.units(me.congressScope()));
        return htmx != null ? "suggestion/list :: results" : "suggestion/list";
    }
}
