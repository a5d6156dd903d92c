package cn.jianyi.publication;

import java.util.List;

import cn.jianyi.handling.Publicity;

/**
 * What the clerk's prepare page shows: the record, the case and the reply as the case file holds them, the plan of
 * what the public copy removes, the clerk's marks and undone matches, and the two inputs of the decision (the unit's
 * 公开属性 on the reply and the deputy's wish).
 */
public record Preparation(Publication publication, long suggestionNumber, String meetingName, String deputyName,
                          String documentNumber, String unitName, String replyTitle, String salutation,
                          String contactLine, Publicity unitPublicity, RedactionPlan plan, List<MarkRow> marks,
                          List<ExemptionRow> exemptions, cn.jianyi.rules.PublicDisclosure disclosure,
                          String suggestionText) {

    /** Whether the public copy shows the office's summary (建议摘要) in place of the suggestion's text. */
    public boolean summaryOnly() {
        return disclosure.summaryOnly();
    }

    /** The label key of a field: 建议摘要 in place of 建议内容 where the rules publish a summary. */
    public String labelOf(TextField field) {
        return field == TextField.SUGGESTION_TEXT && summaryOnly() ? "TextField.SUGGESTION_SUMMARY"
                : "TextField." + field;
    }

    /** A mark of the clerk's with how often it occurs. */
    public record MarkRow(long id, String passage, WithholdingGround category, String createdBy, int occurrences) {
    }

    /** An automatic match the clerk undid. */
    public record ExemptionRow(long id, TextField field, int start, String matched, String createdBy) {
    }

    /** The id of the undone match at this place, to restore it. */
    public Long exemptionAt(TextField field, int start) {
        return exemptions.stream().filter(e -> e.field() == field && e.start() == start).map(ExemptionRow::id)
                .findFirst().orElse(null);
    }

    /** Whether the office may still change the copy and decide. */
    public boolean open() {
        return publication.status().awaitsDecision();
    }

    /** Every field of the public copy that redaction works on, in page order. */
    public List<TextField> fields() {
        return List.of(TextField.values());
    }
}
