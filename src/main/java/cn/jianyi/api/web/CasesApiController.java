package cn.jianyi.api.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jianyi.documents.OfdLetterRenderer;
import cn.jianyi.documents.PdfLetterRenderer;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.web.Downloads;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionFilter;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.SuggestionSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 建议 and their signed replies, read through the pages' own queries with the token account's data scope (ADR 0058):
 * a case outside it answers 404 as a missing one does. Drafts are never returned here.
 */
@RestController
@ApiEndpoint
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('SCOPE_cases:read')")
@Tag(name = "建议", description = "建议及其答复（cases:read）")
@SecurityRequirement(name = OpenApiConfiguration.SCHEME, scopes = "cases:read")
class CasesApiController {

    private final SuggestionQueries queries;
    private final ReplyQueries replies;
    private final ReplyLetters letters;
    private final PdfLetterRenderer pdf;
    private final OfdLetterRenderer ofd;
    private final Directory directory;
    private final Labels labels;
    private final CaseJson caseJson;

    CasesApiController(SuggestionQueries queries, ReplyQueries replies, ReplyLetters letters, PdfLetterRenderer pdf,
                       OfdLetterRenderer ofd, Directory directory, Labels labels, CaseJson caseJson) {
        this.caseJson = caseJson;
        this.queries = queries;
        this.replies = replies;
        this.letters = letters;
        this.pdf = pdf;
        this.ofd = ofd;
        this.directory = directory;
        this.labels = labels;
    }

    @GetMapping("/cases")
    @Operation(summary = "建议列表", description = "令牌所属账号数据范围内的建议，按 id 排序，游标分页。")
    ApiJson.CasePage cases(@AuthenticationPrincipal CurrentUser me,
                           @Parameter(description = "会议 id") @RequestParam(required = false) Long meetingId,
                           @Parameter(description = "状态") @RequestParam(required = false) Suggestion.Status status,
                           @Parameter(description = "承办单位 id（主办、协办或分办）") @RequestParam(required = false) Long unitId,
                           @Parameter(description = "上一页响应中 next 带的游标") @RequestParam(required = false) String cursor,
                           @Parameter(description = "每页条数，1–100，默认 20") @RequestParam(required = false) Integer limit) {
        int size = Cursor.limit(limit);
        List<SuggestionSummary> rows = queries.after(new SuggestionFilter(meetingId, status, unitId, null),
                me.dataScope(), Cursor.after(cursor), size + 1);
        boolean more = rows.size() > size;
        List<SuggestionSummary> page = more ? rows.subList(0, size) : rows;
        return new ApiJson.CasePage(page.stream().map(this::summary).toList(),
                more ? Cursor.next(page.get(page.size() - 1).id()) : null);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "建议详情", description = "建议的内容、领衔和附议代表、承办单位。")
    ApiJson.CaseDetail caseFile(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return caseJson.of(queries.details(id, me.dataScope()));
    }

    @GetMapping("/cases/{id}/replies")
    @Operation(summary = "建议的答复", description = "已签发的答复函，按轮次；每件附 PDF 和 OFD 文件的地址。")
    ApiJson.ReplyList replies(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        if (!queries.isVisible(id, me.dataScope())) {
            throw new NotFoundException("suggestion", id);
        }
        return new ApiJson.ReplyList(replies.signedRepliesOf(id).stream().map(this::reply).toList());
    }

    @GetMapping(path = "/replies/{id}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "答复函 PDF", responses = @ApiResponse(responseCode = "200", description = "答复函",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> letterPdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        ReplyLetter letter = letters.of(signed(id, me));
        return file(letter, ".pdf", MediaType.APPLICATION_PDF, pdf.render(letter));
    }

    @GetMapping(path = "/replies/{id}/letter.ofd", produces = "application/ofd")
    @Operation(summary = "答复函 OFD", description = "GB/T 33190；单位有电子印章时已签章。",
            responses = @ApiResponse(responseCode = "200", description = "答复函", content = @Content(
                    mediaType = "application/ofd", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> letterOfd(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        ReplyLetter letter = letters.of(signed(id, me));
        return file(letter, ".ofd", MediaType.parseMediaType("application/ofd"), ofd.render(letter));
    }

    /** A signed reply the account may read; a draft, or one outside the scope, is not found. */
    private Reply signed(long id, CurrentUser me) {
        Reply reply = replies.visibleTo(id, me);
        if (!reply.isSigned()) {
            throw new NotFoundException("reply", id);
        }
        return reply;
    }

    private static ResponseEntity<byte[]> file(ReplyLetter letter, String suffix, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(letter.documentNumber() + suffix))
                .body(body);
    }

    private ApiJson.CaseSummary summary(SuggestionSummary row) {
        return new ApiJson.CaseSummary(row.id(), row.meetingName(), row.number(), row.title(), row.leadDeputyName(),
                labels.of(row.category()), labels.of(row.status()), row.receivedOn(), row.leadUnitName(), row.dueOn(),
                row.isKey(), "/api/v1/cases/" + row.id());
    }

    private ApiJson.Reply reply(Reply reply) {
        var unit = directory.unit(reply.unitId());
        return new ApiJson.Reply(reply.id(), reply.suggestionId(), reply.round(),
                new ApiJson.Named(unit.id(), unit.shortName()), String.valueOf(reply.documentNumber()),
                labels.of(reply.effectiveClassification()), reply.signedOn(), reply.signerName(), reply.title(),
                reply.body(), "/api/v1/replies/" + reply.id() + "/letter.pdf",
                "/api/v1/replies/" + reply.id() + "/letter.ofd");
    }
}
