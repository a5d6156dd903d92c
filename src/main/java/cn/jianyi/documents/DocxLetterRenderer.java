package cn.jianyi.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.springframework.stereotype.Component;

import cn.jianyi.handling.ReplyLetter;

/**
 * Writes a reply letter as an editable DOCX in 信函格式 (GB/T 9704-2012 §10.1): A4 with the standard margins and a
 * 22 × 28 grid, the unit's name in red over a red double rule, number and class mark flush right, the title in 2号
 * 小标宋, body in 3号 仿宋 with 一、 in 黑体 and （一） in 楷体, 抄送 in 4号 仿宋 ending in 。, page numbers "— 2 —"
 * from the second page (odd pages right, even pages left), and the 征询意见表 on its own page. Font names are the ones
 * Word and WPS expect (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312); Word substitutes where they are missing.
 */
@Component
public class DocxLetterRenderer {

    public static final String FANGSONG = "仿宋_GB2312";
    public static final String XIAOBIAOSONG = "方正小标宋简体";
    public static final String HEITI = "黑体";
    public static final String KAITI = "楷体_GB2312";
    public static final String SONGTI = "宋体";
    private static final String RED = "FF0000";
    private static final int TITLE_HALF_POINTS = 44;        // 2号 = 22 pt
    private static final int COPY_HALF_POINTS = OfficialDocx.SMALL_HALF_POINTS;
    private static final int ONE_CHAR = OfficialDocx.ONE_CHAR;
    private static final String[] CHOICES = {"SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};
    private static final String[] CHOICE_LABELS = {"满意", "基本满意", "不满意"};

    private final ClassMarkPosition classMark;

    DocxLetterRenderer(DocumentSettings settings) {
        this.classMark = settings.classMarkPosition();
    }

    public byte[] render(ReplyLetter letter) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialDocx.page(doc, false);
            OfficialDocx.pageNumbers(doc, false);
            cornerMark(doc, letter);
            letterBody(doc, letter, !classMark.inCorner());
            form(doc, letter.form());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class mark in a corner goes into the first page's header, left or right. */
    private void cornerMark(XWPFDocument doc, ReplyLetter letter) {
        if (letter.classification() == null || !classMark.inCorner()) {
            return;
        }
        XWPFParagraph p = doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        p.setAlignment(classMark == ClassMarkPosition.TOP_LEFT ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
        OfficialDocx.run(p, "分类：" + letter.classification(), FANGSONG, LetterGeometry.BODY_HALF_POINTS);
    }

    private static void letterBody(XWPFDocument doc, ReplyLetter letter, boolean classMarkBelowNumber) {
        XWPFParagraph head = OfficialDocx.paragraph(doc, ParagraphAlignment.CENTER);
        XWPFRun unit = OfficialDocx.run(head, letter.unitFullName(), XIAOBIAOSONG, TITLE_HALF_POINTS);
        unit.setColor(RED);
        CTBorder rule = head.getCTP().getPPr().addNewPBdr().addNewBottom();  // red double rule, thick over thin
        rule.setVal(STBorder.THICK_THIN_SMALL_GAP);
        rule.setSz(BigInteger.valueOf(24));
        rule.setSpace(BigInteger.valueOf(4));
        rule.setColor(RED);

        body(doc, letter.documentNumber() == null ? "（文号于签发时生成）" : letter.documentNumber(),
                ParagraphAlignment.RIGHT, FANGSONG, false);
        if (letter.classification() != null && classMarkBelowNumber) {
            body(doc, "分类：" + letter.classification(), ParagraphAlignment.RIGHT, FANGSONG, false);
        }
        body(doc, "", ParagraphAlignment.LEFT, FANGSONG, false);
        XWPFParagraph title = OfficialDocx.paragraph(doc, ParagraphAlignment.CENTER);
        title.setSpacingBetween(LetterGeometry.LINE_PITCH / 20.0 * 1.5, LineSpacingRule.EXACT);
        OfficialDocx.run(title, letter.title(), XIAOBIAOSONG, TITLE_HALF_POINTS);
        body(doc, "", ParagraphAlignment.LEFT, FANGSONG, false);
        body(doc, letter.salutation(), ParagraphAlignment.LEFT, FANGSONG, false);
        for (ReplyLetter.Paragraph p : letter.paragraphs()) {
            String font = switch (p.kind()) {
                case HEADING_1 -> HEITI;
                case HEADING_2 -> KAITI;
                case TEXT -> FANGSONG;
            };
            body(doc, p.text(), ParagraphAlignment.LEFT, font, true);
        }
        body(doc, "", ParagraphAlignment.LEFT, FANGSONG, false);
        body(doc, "附件：人大代表建议办理情况征询意见表", ParagraphAlignment.LEFT, FANGSONG, true);
        if (letter.signedOn() != null) {
            body(doc, "", ParagraphAlignment.LEFT, FANGSONG, false);
            XWPFParagraph signer = body(doc, letter.unitFullName(), ParagraphAlignment.RIGHT, FANGSONG, false);
            signer.setIndentationRight(ONE_CHAR * 4);                    // 右空四字
            XWPFParagraph date = body(doc, letter.signedOnText(), ParagraphAlignment.RIGHT, FANGSONG, false);
            date.setIndentationRight(ONE_CHAR * 4);
        }
        body(doc, "", ParagraphAlignment.LEFT, FANGSONG, false);
        if (letter.copyToLine() != null) {
            XWPFParagraph copy = OfficialDocx.paragraph(doc, ParagraphAlignment.LEFT);
            copy.setIndentationLeft(ONE_CHAR + 3 * 280);                  // wrapped lines align after "抄送："
            copy.setIndentationHanging(3 * 280);
            copy.setIndentationRight(ONE_CHAR);
            OfficialDocx.run(copy, "抄送：" + letter.copyToLine(), FANGSONG, COPY_HALF_POINTS);
        }
        body(doc, "联系单位及电话：" + letter.contactUnit() + " " + letter.contactPhone(), ParagraphAlignment.LEFT,
                FANGSONG, false);
        body(doc, "邮政编码：" + letter.postcode(), ParagraphAlignment.LEFT, FANGSONG, false);
    }

    private static void form(XWPFDocument doc, ReplyLetter.FeedbackFormView f) {
        XWPFParagraph attachment = OfficialDocx.paragraph(doc, ParagraphAlignment.LEFT);
        attachment.setPageBreak(true);
        OfficialDocx.run(attachment, "附件", HEITI, LetterGeometry.BODY_HALF_POINTS);
        body(doc, "", ParagraphAlignment.LEFT, FANGSONG, false);
        XWPFParagraph title = OfficialDocx.paragraph(doc, ParagraphAlignment.CENTER);
        title.setSpacingBetween(LetterGeometry.LINE_PITCH / 20.0 * 1.5, LineSpacingRule.EXACT);
        OfficialDocx.run(title, "人大代表建议办理情况征询意见表", XIAOBIAOSONG, TITLE_HALF_POINTS);
        body(doc, "建议号码：" + f.suggestionNumber(), ParagraphAlignment.LEFT, FANGSONG, false);

        XWPFTable table = doc.createTable(5, 6);
        table.setWidth("100%");
        row(table.getRow(0), "代表人姓名", f.deputyName(), "通讯地址", f.deputyAddress(), "邮政编码", f.deputyPostcode());
        row(table.getRow(1), "建议内容", f.suggestionTitle(), "", "", "", "");
        merge(table.getRow(1), 1);
        row(table.getRow(2), "承办单位", f.unitName(), "电话", f.unitPhone(), "邮政编码", f.unitPostcode());
        row(table.getRow(3), "代表对办理情况的意见：", "", "", "", "", "");
        merge(table.getRow(3), 0);
        String chosen = f.answer() == null ? null : f.answer().satisfaction();
        String[] cells = new String[6];
        for (int i = 0; i < CHOICES.length; i++) {
            cells[i * 2] = CHOICE_LABELS[i];
            cells[i * 2 + 1] = CHOICES[i].equals(chosen) ? "☑" : "□";
        }
        row(table.getRow(4), cells);

        body(doc, "", ParagraphAlignment.LEFT, FANGSONG, false);
        body(doc, "建议人签名：" + (f.answer() == null ? "" : f.answer().deputyName()), ParagraphAlignment.LEFT,
                FANGSONG, false);
        XWPFParagraph date = body(doc, f.answer() == null ? "年  月  日" : f.answer().givenOnText(),
                ParagraphAlignment.RIGHT, FANGSONG, false);
        date.setIndentationRight(ONE_CHAR * 4);
    }

    private static void row(XWPFTableRow row, String... texts) {
        List<XWPFTableCell> cells = row.getTableCells();
        for (int i = 0; i < texts.length && i < cells.size(); i++) {
            XWPFParagraph p = cells.get(i).getParagraphs().get(0);
            OfficialDocx.run(p, texts[i] == null ? "" : texts[i], FANGSONG, COPY_HALF_POINTS);
        }
    }

    /** Spans the cell at {@code from} to the row's end (gridSpan), removing the cells it covers. */
    private static void merge(XWPFTableRow row, int from) {
        int span = row.getTableCells().size() - from;
        XWPFTableCell cell = row.getCell(from);
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        for (int i = row.getTableCells().size() - 1; i > from; i--) {
            row.removeCell(i);
        }
    }

    private static XWPFParagraph body(XWPFDocument doc, String text, ParagraphAlignment alignment, String font,
                                      boolean indent) {
        XWPFParagraph p = OfficialDocx.paragraph(doc, alignment);
        if (indent) {
            p.setIndentationFirstLine(ONE_CHAR * 2);                     // two characters
            p.getCTP().getPPr().getInd().setFirstLineChars(BigInteger.valueOf(200));
        }
        if (!text.isEmpty()) {
            OfficialDocx.run(p, text, font, LetterGeometry.BODY_HALF_POINTS);
        }
        return p;
    }
}
