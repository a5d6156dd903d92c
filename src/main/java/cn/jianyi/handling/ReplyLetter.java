package cn.jianyi.handling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reply letter as laid out for reading and printing (信函格式): letterhead, number, class mark, title, salutation,
 * body paragraphs with their heading levels, signing unit and date, 抄送, contact lines, and the 征询意见表 attachment.
 *
 * @param documentNumber {@code null} while the reply is a draft
 * @param signedOn       {@code null} while the reply is a draft
 */
public record ReplyLetter(Long replyId, String unitFullName, String documentNumber, String classification,
                          String title, String salutation, List<Paragraph> paragraphs, LocalDate signedOn,
                          List<String> copyTo, String contactUnit, String contactPhone, String postcode,
                          FeedbackFormView form) {

    private static final Pattern LEVEL_1 = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern LEVEL_2 = Pattern.compile("^（[一二三四五六七八九十]+）.*");

    /** A body paragraph and its heading level. */
    public record Paragraph(Kind kind, String text) {

        /** 一、 is level 1 (黑体), （一） level 2 (楷体), everything else body text (仿宋). */
        public enum Kind { HEADING_1, HEADING_2, TEXT }
    }

    /** The 征询意见表 as printed with the letter; {@code answer} is filled once the deputy has answered. */
    public record FeedbackFormView(int suggestionNumber, String deputyName, String deputyAddress,
                                   String deputyPostcode, String suggestionTitle, String unitName, String unitPhone,
                                   String unitPostcode, FormAnswer answer) {
    }

    /**
     * The deputy's answer on the form.
     *
     * @param satisfaction the name of the chosen {@code Satisfaction} constant
     */
    public record FormAnswer(String satisfaction, String deputyName, LocalDate givenOn) {

        public String givenOnText() {
            return chineseDate(givenOn);
        }
    }

    public ReplyLetter withAnswer(FormAnswer answer) {
        return new ReplyLetter(replyId, unitFullName, documentNumber, classification, title, salutation, paragraphs,
                signedOn, copyTo, contactUnit, contactPhone, postcode,
                new FeedbackFormView(form.suggestionNumber(), form.deputyName(), form.deputyAddress(),
                        form.deputyPostcode(), form.suggestionTitle(), form.unitName(), form.unitPhone(),
                        form.unitPostcode(), answer));
    }

    public boolean isDraft() {
        return documentNumber == null;
    }

    /** 2024年6月28日: Arabic numerals, no leading zeros (GB/T 9704 §7.3.5). */
    public String signedOnText() {
        return signedOn == null ? null : chineseDate(signedOn);
    }

    /** 抄送：A，B。 — names separated by ，, the last ending in 。 */
    public String copyToLine() {
        return copyTo.isEmpty() ? null : String.join("，", copyTo) + "。";
    }

    /** The body's paragraphs with their heading levels (also how the public copy is laid out, ADR 0059). */
    public static List<Paragraph> paragraphsOf(String body) {
        var paragraphs = new ArrayList<Paragraph>();
        for (String line : body.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            Paragraph.Kind kind = LEVEL_1.matcher(text).matches() ? Paragraph.Kind.HEADING_1
                    : LEVEL_2.matcher(text).matches() ? Paragraph.Kind.HEADING_2 : Paragraph.Kind.TEXT;
            paragraphs.add(new Paragraph(kind, text));
        }
        return List.copyOf(paragraphs);
    }

    /** 2024年6月20日. */
    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
