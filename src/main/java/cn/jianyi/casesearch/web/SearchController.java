package cn.jianyi.casesearch.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jianyi.casesearch.HitKind;
import cn.jianyi.casesearch.OfficeSearch;
import cn.jianyi.casesearch.SearchRequest;
import cn.jianyi.identity.CurrentUser;

/**
 * 全文检索 {@code /search}: the top bar's box lands here. Every parameter is read as text: an unreadable filter value
 * is no filter, a page out of range the nearest page; a problem with the words is said next to the box, with what was
 * typed kept.
 */
@Controller
@PreAuthorize("hasAuthority('suggestion:read')")
class SearchController {

    private final OfficeSearch search;

    SearchController(OfficeSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String meetingId, @RequestParam(required = false) String year,
                  @RequestParam(required = false) String unitId, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String classification,
                  @RequestParam(required = false) String page, @AuthenticationPrincipal CurrentUser me, Model model) {
        Long yearValue = number(year);
        Long pageValue = number(page);
        var request = new SearchRequest(q, HitKind.parse(kind), number(meetingId),
                yearValue == null || yearValue > 9999 ? null : yearValue.intValue(), number(unitId),
                status != null && status.matches("[A-Z_]{1,20}") ? status : null,
                classification != null && classification.matches("[ABCD]") ? classification : null,
                pageValue == null || pageValue > 1000 ? 1 : pageValue.intValue());
        model.addAttribute("request", request);
        var result = request.words().isEmpty() && !request.hasFilter() ? null : search.search(request, me);
        model.addAttribute("result", result);
        if (result != null) {
            model.addAttribute("previous", result.page() > 1 ? pageUrl(request, result.page() - 1) : null);
            model.addAttribute("next", result.page() < result.pages() ? pageUrl(request, result.page() + 1) : null);
        }
        return "search/results";
    }

    private static String pageUrl(SearchRequest request, int page) {
        var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/search");
        request.params().forEach((name, value) -> {
            if (value != null) {
                uri.queryParam(name, value);
            }
        });
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    private static Long number(String value) {
        if (value == null || !value.matches("\\d{1,12}")) {
            return null;
        }
        return Long.valueOf(value);
    }
}
