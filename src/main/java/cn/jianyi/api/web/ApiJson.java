package cn.jianyi.api.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The API's response bodies (ADR 0058): ids are the database ids, stable for a record's life. */
final class ApiJson {

    private ApiJson() {
    }

    @Schema(name = "Code", description = "代码及其中文名称", requiredProperties = {"code", "label"})
    record Coded(@Schema(example = "ASSIGNED") String code, @Schema(example = "已交办") String label) {
    }

    @Schema(name = "CaseSummary", description = "建议（列表中的一行）", requiredProperties = {"id", "meeting", "number", "title", "leadDeputy", "category", "status", "receivedOn", "key", "href"})
    record CaseSummary(long id, @Schema(example = "二届四次会议") String meeting, int number,
                       String title, @Schema(example = "程绮南") String leadDeputy, Coded category, Coded status,
                       LocalDate receivedOn, @Schema(nullable = true) String leadUnit,
                       @Schema(nullable = true) LocalDate dueOn, boolean key, @Schema(example = "/api/v1/cases/1") String href) {
    }

    @Schema(name = "CasePage", description = "一页建议；next 为下一页的地址，最后一页为 null", requiredProperties = {"items"})
    record CasePage(List<CaseSummary> items, @Schema(nullable = true) String next) {
    }

    @Schema(name = "Person", requiredProperties = {"id", "name"})
    record Named(long id, String name) {
    }

    @Schema(name = "CaseUnit", description = "承办单位及其办理方式和期限", requiredProperties = {"id", "name", "role"})
    record CaseUnit(long id, String name, Coded role, @Schema(nullable = true) LocalDate dueOn) {
    }

    @Schema(name = "Case", description = "建议案卷", requiredProperties = {"id", "meeting", "number", "title", "content", "category", "status", "receivedOn", "leadDeputy", "coSigners", "units", "key", "replies"})
    record CaseDetail(long id, MeetingRef meeting, int number, String title, String content, Coded category,
                      Coded status, LocalDate receivedOn, Named leadDeputy, List<Named> coSigners,
                      List<CaseUnit> units, boolean key, @Schema(example = "/api/v1/cases/1/replies") String replies) {
    }

    @Schema(name = "MeetingRef", requiredProperties = {"id", "name"})
    record MeetingRef(long id, @Schema(example = "南昌市新建区人民代表大会 二届四次会议") String name) {
    }

    @Schema(name = "Reply", description = "已签发的答复函", requiredProperties = {"id", "caseId", "round", "unit", "documentNumber", "classification", "signedOn", "title", "body", "pdf", "ofd"})
    record Reply(long id, long caseId, int round, Named unit,
                 @Schema(example = "新卫提字〔2024〕1号") String documentNumber, Coded classification,
                 LocalDate signedOn, @Schema(nullable = true) String signer, String title, String body,
                 @Schema(example = "/api/v1/replies/1/letter.pdf") String pdf,
                 @Schema(example = "/api/v1/replies/1/letter.ofd") String ofd) {
    }

    @Schema(name = "ReplyList", requiredProperties = {"items"})
    record ReplyList(List<Reply> items) {
    }

    @Schema(name = "Unit", description = "承办单位", requiredProperties = {"id", "fullName", "shortName", "active"})
    record Unit(long id, String fullName, String shortName, boolean active, @Schema(nullable = true) Long congressId) {
    }

    @Schema(name = "UnitPage", requiredProperties = {"items"})
    record UnitPage(List<Unit> items, @Schema(nullable = true) String next) {
    }

    @Schema(name = "Meeting", description = "人民代表大会会议", requiredProperties = {"id", "congressId", "congress", "term", "meeting", "name", "openedOn", "statistics"})
    record Meeting(long id, long congressId, String congress, int term, int meeting,
                   @Schema(example = "二届四次会议") String name, LocalDate openedOn,
                   @Schema(example = "/api/v1/meetings/1/statistics") String statistics) {
    }

    @Schema(name = "MeetingPage", requiredProperties = {"items"})
    record MeetingPage(List<Meeting> items, @Schema(nullable = true) String next) {
    }

    @Schema(name = "Rate", description = "比率：分子、分母和百分比（分母为 0 时为 null）", requiredProperties = {"numerator", "denominator"})
    record Rate(long numerator, long denominator, @Schema(nullable = true) java.math.BigDecimal percent) {

        static Rate of(cn.jianyi.statistics.Rate rate) {
            return new Rate(rate.numerator(), rate.denominator(), rate.percent().orElse(null));
        }
    }

    @Schema(name = "ClassShare", requiredProperties = {"code", "label", "share"})
    record ClassShare(String code, String label, Rate share) {
    }

    @Schema(name = "Satisfaction", description = "征询意见：满意、基本满意、满意（含基本满意）、不满意", requiredProperties = {"satisfied", "basicallySatisfied", "combined", "dissatisfied"})
    record Satisfaction(Rate satisfied, Rate basicallySatisfied, Rate combined, Rate dissatisfied) {

        static Satisfaction of(cn.jianyi.statistics.StatisticsReport.Satisfactions s) {
            return new Satisfaction(Rate.of(s.satisfied()), Rate.of(s.basicallySatisfied()), Rate.of(s.combined()),
                    Rate.of(s.dissatisfied()));
        }
    }

    @Schema(name = "StatusCount", requiredProperties = {"status", "cases"})
    record StatusCount(Coded status, long cases) {
    }

    @Schema(name = "MeetingStatistics", description = "一次会议的办理统计，与统计分析页面的数字相同", requiredProperties = {"meetingId", "total", "byStatus", "replied", "onTime", "concluded", "faceToFace", "classes", "firstRound", "finalRound", "overdue"})
    record Statistics(long meetingId, long total, List<StatusCount> byStatus, Rate replied, Rate onTime,
                      Rate concluded, Rate faceToFace, List<ClassShare> classes, Satisfaction firstRound,
                      Satisfaction finalRound, long overdue) {
    }
}
