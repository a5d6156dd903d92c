/**
 * 公开 / Publication: the publication decision per signed reply (建议办理结果公开). Each signed reply gets a
 * publication record with its deadline from the congress's rules (20 working days in the national baseline); the
 * congress office prepares the public copy (automatic redaction of private persons' phone numbers, ID-card numbers
 * and house addresses and of the administrator's redaction rules, each undoable; manual redaction of marked
 * passages), then decides 公开, 部分公开 or 不予公开 (with the category of 政府信息公开条例), and may withdraw a
 * publication. The public copy is materialised on the decision in {@code published_copies}, which the public portal,
 * open data and the API read; the case file keeps the original. What the copy shows beyond the reply follows the
 * congress's rules: the suggestion's full text or the office's summary, and the deputy's rating where published
 * (kept current from {@code FeedbackGiven}). Listens to {@code ReplySigned}; no workflow module depends on it
 * (ADR 0057).
 */
@org.springframework.modulith.ApplicationModule(displayName = "公开")
package cn.jianyi.publication;
