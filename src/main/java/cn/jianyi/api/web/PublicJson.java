package cn.jianyi.api.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The public endpoints' bodies (ADR 0058 addendum): the published copy's fields only, as {@code /public} shows them.
 * An id is the publication's, the same as in {@code /public/cases/{id}} and the open data, stable when a withdrawn
 * publication is published again.
 */
final class PublicJson {

    private PublicJson() {
    }

    @Schema(name = "PublicCaseSummary", description = "已公开的建议及其答复（列表中的一行）",
            requiredProperties = {"id", "congressId", "meetingId", "number", "title", "deputy", "unit", "documentNumber",
                    "signedOn", "classification", "subjectArea", "outcome", "publishedAt", "href", "page"})
    record Summary(long id, long congressId, long meetingId, int number, String title,
                   @Schema(example = "程绮南") String deputy, ApiJson.Named unit,
                   @Schema(example = "新卫提字〔2024〕1号") String documentNumber, LocalDate signedOn,
                   @Schema(example = "A") String classification, ApiJson.Coded subjectArea, ApiJson.Coded outcome,
                   OffsetDateTime publishedAt, @Schema(example = "/api/v1/public/cases/1") String href,
                   @Schema(example = "/public/cases/1") String page) {
    }

    @Schema(name = "PublicCasePage", description = "一页已公开的建议；next 为下一页的地址，最后一页为 null",
            requiredProperties = {"items"})
    record Page(List<Summary> items, @Schema(nullable = true) String next) {
    }

    @Schema(name = "PublicReply", description = "公开的答复函（已删除的内容以替换文字代替）",
            requiredProperties = {"title", "salutation", "body", "documentNumber", "unit", "signedOn", "contactLine", "pdf"})
    record Reply(String title, String salutation, String body, String documentNumber, String unit, LocalDate signedOn,
                 String contactLine, @Schema(nullable = true) String copyTo,
                 @Schema(example = "/api/v1/public/cases/1/reply.pdf") String pdf) {
    }

    @Schema(name = "PublicCase", description = "已公开的建议及其答复，与公开页面所示相同",
            requiredProperties = {"id", "congressId", "meetingId", "meeting", "number", "title", "deputy", "text",
                    "unit", "classification", "subjectArea", "outcome", "redactions", "publishedAt", "reply", "textKind", "page"})
    record Detail(long id, long congressId, long meetingId, @Schema(example = "区人大二届四次会议") String meeting,
                  int number, String title, String deputy, String text, ApiJson.Named unit, String classification,
                  ApiJson.Coded subjectArea, ApiJson.Coded outcome,
                  @Schema(description = "公开件中删除的处数") int redactions, OffsetDateTime publishedAt, Reply reply,
                  @Schema(description = "text 为建议全文（FULL_TEXT）或代表工作机构撰写的摘要（SUMMARY），依办理规则")
                  ApiJson.Coded textKind,
                  @Schema(nullable = true, example = "SATISFIED",
                          description = "领衔代表对答复的评价（SATISFIED、BASICALLY_SATISFIED、DISSATISFIED），仅在办理规则公开满意度时提供")
                  String satisfaction,
                  @Schema(nullable = true, example = "满意") String satisfactionLabel,
                  @Schema(example = "/public/cases/1") String page) {
    }

    @Schema(name = "PublicMeeting", description = "有公开件的会议",
            requiredProperties = {"id", "congressId", "congress", "name", "statistics", "openData"})
    record Meeting(long id, long congressId, String congress, @Schema(example = "二届四次会议") String name,
                   @Schema(nullable = true) LocalDate openedOn,
                   @Schema(example = "/api/v1/public/meetings/1/statistics") String statistics,
                   @Schema(example = "/public/meetings/1/open-data.json") String openData) {
    }

    @Schema(name = "PublicMeetingPage", requiredProperties = {"items"})
    record MeetingPage(List<Meeting> items, @Schema(nullable = true) String next) {
    }

    @Schema(name = "PublicFigure", description = "一个取值及其公开件数", requiredProperties = {"value", "cases"})
    record Figure(String value, long cases) {
    }

    @Schema(name = "PublicMeetingStatistics", description = "会议公开数据：公开件数，按办理结果分类、承办单位和领域",
            requiredProperties = {"meetingId", "published", "byClass", "byUnit", "bySubjectArea", "bySatisfaction"})
    record Statistics(long meetingId, long published, List<Figure> byClass, List<Figure> byUnit,
                      List<Figure> bySubjectArea,
                      @Schema(description = "按领衔代表评价（仅在办理规则公开满意度时有值，否则为空）") List<Figure> bySatisfaction) {
    }
}
