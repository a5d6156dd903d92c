package cn.jianyi.api.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jianyi.portal.PublicCase;
import cn.jianyi.portal.PublicFilter;
import cn.jianyi.portal.PublicLetterPdf;
import cn.jianyi.portal.PublicPortal;
import cn.jianyi.publication.Publication;
import cn.jianyi.rules.PublicDisclosure;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.SubjectArea;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public endpoints (issue 20, ADR 0058 addendum): what {@code /public} shows, read from the published copies
 * through the portal ({@link PublicPortal}), never from the case file. No token is needed; a call that brings one
 * must bring a valid token with {@code public:read} (401/403 otherwise), and then counts against that token's rate
 * limit, while calls without a token share a limit per client address.
 */
@RestController
@ApiEndpoint
@RequestMapping(path = PublicApiController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("isAnonymous() or hasAuthority('SCOPE_public:read')")
@Tag(name = "公开", description = "已公开的建议和答复，无需令牌（带令牌时须有 public:read）")
@SecurityRequirement(name = OpenApiConfiguration.SCHEME, scopes = "public:read")
class PublicApiController {

    static final String PATH = "/api/v1/public";

    private final PublicPortal portal;
    private final PublicLetterPdf pdf;
    private final Labels labels;
    private final ZoneId zone;

    PublicApiController(PublicPortal portal, PublicLetterPdf pdf, Labels labels, java.time.Clock clock) {
        this.portal = portal;
        this.pdf = pdf;
        this.labels = labels;
        this.zone = clock.getZone();
    }

    @GetMapping("/cases")
    @Operation(summary = "已公开的建议", description = "公开页面所列的建议及其答复，按 id 排序，游标分页；可按人大、会议、承办单位、"
            + "办理结果分类和领域筛选。")
    PublicJson.Page cases(@Parameter(description = "人大 id") @RequestParam(required = false) Long congressId,
                          @Parameter(description = "会议 id") @RequestParam(required = false) Long meetingId,
                          @Parameter(description = "承办单位 id") @RequestParam(required = false) Long unitId,
                          @Parameter(description = "办理结果分类，如 A") @RequestParam(required = false) String classification,
                          @Parameter(description = "领域") @RequestParam(required = false) SubjectArea subjectArea,
                          @Parameter(description = "上一页响应中 next 带的游标") @RequestParam(required = false) String cursor,
                          @Parameter(description = "每页条数，1–100，默认 20") @RequestParam(required = false) Integer limit) {
        int size = Cursor.limit(limit);
        if (classification != null && !classification.strip().matches("[A-Z甲乙丙丁]{1,10}")) {
            throw ApiInputException.onField("invalid-classification", "classification", "办理结果分类无效，如 A、B、C、D");
        }
        var filter = new PublicFilter(null, congressId, meetingId, unitId, classification,
                subjectArea == null ? null : subjectArea.name(), 0);
        List<PublicCase> rows = portal.after(filter, Cursor.after(cursor), size + 1);
        boolean more = rows.size() > size;
        List<PublicCase> page = more ? rows.subList(0, size) : rows;
        return new PublicJson.Page(page.stream().map(this::summary).toList(),
                more ? Cursor.next(page.get(page.size() - 1).id()) : null);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "已公开的建议及其答复", description = "公开页面的内容：建议标题、代表、建议内容和删除后的答复函。")
    PublicJson.Detail caseFile(@PathVariable long id) {
        PublicCase c = published(id);
        MeetingView meeting = portal.meeting(c.meetingId());
        return new PublicJson.Detail(c.id(), c.congressId(), c.meetingId(),
                meeting.congressShortName() + meeting.name(), c.suggestionNumber(), c.suggestionTitle(),
                c.deputyName(), c.suggestionText(), new ApiJson.Named(c.unitId(), c.unitName()), c.classification(),
                subject(c), outcome(c), c.redactions(), c.publishedAt().atZone(zone).toOffsetDateTime(),
                new PublicJson.Reply(c.replyTitle(), c.replySalutation(), c.replyBody(), c.documentNumber(),
                        c.unitName(), c.signedOn(), c.contactLine(), c.copyTo(), PATH + "/cases/" + c.id() + "/reply.pdf"),
                labels.of(c.isSummary() ? PublicDisclosure.SuggestionText.SUMMARY : PublicDisclosure.SuggestionText.FULL_TEXT),
                c.satisfaction(), c.satisfactionLabel(),
                "/public/cases/" + c.id());
    }

    @GetMapping(path = "/cases/{id}/reply.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "公开的答复函 PDF", description = "与公开页面提供的相同：删除的内容不在文件中。")
    ResponseEntity<byte[]> replyPdf(@PathVariable long id) {
        PublicCase c = published(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(c.documentNumber() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf.render(c));
    }

    @GetMapping("/meetings")
    @Operation(summary = "有公开件的会议", description = "按 id 排序，游标分页。")
    PublicJson.MeetingPage meetings(
            @Parameter(description = "上一页响应中 next 带的游标") @RequestParam(required = false) String cursor,
            @Parameter(description = "每页条数，1–100，默认 20") @RequestParam(required = false) Integer limit) {
        int size = Cursor.limit(limit);
        long after = Cursor.after(cursor);
        List<MeetingView> rest = portal.publishedMeetings().stream().filter(m -> m.id() > after).toList();
        List<MeetingView> page = rest.size() > size ? rest.subList(0, size) : rest;
        return new PublicJson.MeetingPage(page.stream().map(m -> new PublicJson.Meeting(m.id(), m.congressId(),
                m.congressName(), m.name(), m.openedOn(), PATH + "/meetings/" + m.id() + "/statistics",
                "/public/meetings/" + m.id() + "/open-data.json")).toList(),
                rest.size() > size ? Cursor.next(page.get(page.size() - 1).id()) : null);
    }

    @GetMapping("/meetings/{id}/statistics")
    @Operation(summary = "会议公开数据", description = "会议页面的数字：公开件数，按办理结果分类、承办单位和领域。")
    PublicJson.Statistics statistics(@PathVariable long id) {
        var figures = portal.figures(id).orElseThrow(() -> new NotFoundException("meeting", id));
        return new PublicJson.Statistics(id, figures.published(), figures(figures.byClass()),
                figures(figures.byUnit()), figures(figures.bySubject()), figures(figures.bySatisfaction()));
    }

    private PublicCase published(long id) {
        return portal.item(id).orElseThrow(() -> new NotFoundException("public case", id));
    }

    private PublicJson.Summary summary(PublicCase c) {
        return new PublicJson.Summary(c.id(), c.congressId(), c.meetingId(), c.suggestionNumber(),
                c.suggestionTitle(), c.deputyName(), new ApiJson.Named(c.unitId(), c.unitName()), c.documentNumber(),
                c.signedOn(), c.classification(), subject(c), outcome(c),
                c.publishedAt().atZone(zone).toOffsetDateTime(), PATH + "/cases/" + c.id(),
                "/public/cases/" + c.id());
    }

    private ApiJson.Coded subject(PublicCase c) {
        return labels.of(SubjectArea.valueOf(c.subjectArea()));
    }

    private ApiJson.Coded outcome(PublicCase c) {
        return labels.of(Publication.Status.valueOf(c.outcome()));
    }

    private static List<PublicJson.Figure> figures(List<PublicPortal.Figure> figures) {
        return figures.stream().map(f -> new PublicJson.Figure(f.value(), f.count())).toList();
    }
}
