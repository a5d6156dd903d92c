package cn.jianyi.suggestion.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionFilter;
import cn.jianyi.suggestion.SuggestionQueries;

/** 建议列表: filters and pagination, always within the user's data scope. */
@Controller
class SuggestionListController {

    static final int PAGE_SIZE = 20;

    private final SuggestionQueries queries;
    private final Meetings meetings;
    private final Directory directory;

    SuggestionListController(SuggestionQueries queries, Meetings meetings, Directory directory) {
        this.queries = queries;
        this.meetings = meetings;
        this.directory = directory;
    }

    @GetMapping("/suggestions")
    String list(@ModelAttribute("filter") ListFilterForm filter, BindingResult ignoredBadParameters,
                @AuthenticationPrincipal CurrentUser me,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        SuggestionFilter criteria = ignoredBadParameters.hasErrors()
                ? new SuggestionFilter(valid(ignoredBadParameters, "meetingId", filter.meetingId()),
                        valid(ignoredBadParameters, "status", filter.status()),
                        valid(ignoredBadParameters, "unitId", filter.unitId()), filter.keyword())
                : filter.toFilter();
        int page = ignoredBadParameters.hasFieldErrors("page") ? 1 : filter.pageOrFirst();
        model.addAttribute("result", queries.search(criteria, me.dataScope(), page, PAGE_SIZE));
        model.addAttribute("meetings", meetings.all());
        model.addAttribute("statuses", Suggestion.Status.values());
        model.addAttribute("units", directory.units());
        return htmx != null ? "suggestion/list :: results" : "suggestion/list";
    }

    private static <T> T valid(BindingResult result, String field, T value) {
        return result.hasFieldErrors(field) ? null : value;
    }
}
