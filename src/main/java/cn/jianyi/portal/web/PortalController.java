package cn.jianyi.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

import cn.jianyi.portal.OpenData;
import cn.jianyi.portal.PublicCase;
import cn.jianyi.portal.PublicFeeds;
import cn.jianyi.portal.PublicFilter;
import cn.jianyi.portal.PublicLetterPdf;
import cn.jianyi.portal.PublicPortal;
import cn.jianyi.shared.NotFoundException;

/**
 * The public portal, without login (ADR 0059): the list with filters and search, the item page and its PDF, a
 * meeting's figures and open data, the feed and the sitemap. Unreadable filter values are ignored (the list shows
 * everything rather than an error); an unknown or unpublished item is 404, as is a meeting with nothing published.
 */
@Controller
class PortalController {

    private final PublicPortal portal;
    private final PublicLetterPdf pdf;
    private final PublicFeeds feeds;
    private final OpenData openData;
    private final Clock clock;

    PortalController(PublicPortal portal, PublicLetterPdf pdf, PublicFeeds feeds, OpenData openData, Clock clock) {
        this.portal = portal;
        this.pdf = pdf;
        this.feeds = feeds;
        this.openData = openData;
        this.clock = clock;
    }

    @GetMapping("/public")
    String list(@RequestParam(name = "q", required = false) String words,
                @RequestParam(required = false) String congressId, @RequestParam(required = false) String meetingId,
                @RequestParam(required = false) String unitId,
                @RequestParam(name = "class", required = false) String classification,
                @RequestParam(name = "subject", required = false) String subjectArea,
                @RequestParam(required = false) String page, Model model) {
        var filter = new PublicFilter(words, id(congressId), id(meetingId), id(unitId), code(classification),
                code(subjectArea), page(page));
        model.addAttribute("listing", portal.list(filter));
        model.addAttribute("choices", portal.choices());
        return "portal/list";
    }

    @GetMapping("/public/cases/{id}")
    String item(@PathVariable long id, Model model) {
        PublicCase copy = portal.item(id).orElseThrow(() -> new NotFoundException("public case", id));
        model.addAttribute("copy", copy);
        model.addAttribute("meeting", portal.meeting(copy.meetingId()));
        return "portal/item";
    }

    @GetMapping("/public/cases/{id}/reply.pdf")
    ResponseEntity<byte[]> replyPdf(@PathVariable long id) {
        PublicCase copy = portal.item(id).orElseThrow(() -> new NotFoundException("public case", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(copy.documentNumber() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf.render(copy));
    }

    @GetMapping("/public/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        model.addAttribute("figures", portal.figures(id).orElseThrow(() -> new NotFoundException("meeting", id)));
        return "portal/meeting";
    }

    @GetMapping("/public/meetings/{id}/open-data.csv")
    ResponseEntity<byte[]> openDataCsv(@PathVariable long id) {
        var rows = portal.openData(id).orElseThrow(() -> new NotFoundException("meeting", id));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("open-data-meeting-" + id + ".csv").build().toString())
                .body(openData.csv(rows, base()));
    }

    @GetMapping("/public/meetings/{id}/open-data.json")
    ResponseEntity<byte[]> openDataJson(@PathVariable long id) {
        var rows = portal.openData(id).orElseThrow(() -> new NotFoundException("meeting", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(openData.json(portal.meeting(id), rows, base(), clock.instant()));
    }

    @GetMapping("/public/feed.atom")
    ResponseEntity<String> feed() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noCache())
                .body(feeds.atom(portal.newest(50), base(), clock.instant()));
    }

    @GetMapping("/public/sitemap.xml")
    ResponseEntity<String> sitemap() {
        // one sitemap file holds at most 50,000 addresses (sitemaps.org): the newest, with the list
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
                .body(feeds.sitemap(portal.stamps(49_999), base()));
    }

    /** Not published, withdrawn, or no such address: the portal's own page, not the office's (no menu, no login). */
    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "portal/not-found";
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A class or subject code as the copies hold them (A, EDUCATION_SCIENCE_CULTURE_HEALTH); anything else: none. */
    private static String code(String text) {
        return text != null && text.strip().matches("[A-Z_甲乙丙丁]{1,40}") ? text.strip() : null;
    }

    private static int page(String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text.strip()) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
