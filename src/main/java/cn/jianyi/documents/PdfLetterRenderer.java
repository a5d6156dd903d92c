package cn.jianyi.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jianyi.handling.ReplyLetter;

/**
 * Renders a reply letter as PDF in 信函格式 with openhtmltopdf: the print layout is an XHTML template
 * ({@code templates/documents/letter-pdf.xhtml}, processed in XML mode so the renderer gets well-formed input), fonts
 * are embedded and subset, and characters missing from a face come from the fallback font.
 */
@Component
public class PdfLetterRenderer {

    private final OfficialPdf pdf;
    private final ClassMarkPosition classMark;

    private final java.time.Clock clock;

    PdfLetterRenderer(OfficialPdf pdf, DocumentSettings settings, java.time.Clock clock) {
        this.pdf = pdf;
        this.clock = clock;
        this.classMark = settings.classMarkPosition();
    }

    /** The XHTML the PDF is laid out from (also what tests and previews can read). */
    public String xhtml(ReplyLetter letter) {
        var variables = new HashMap<String, Object>();
        variables.put("letter", letter);
        variables.put("classMark", classMark);
        variables.put("cornerMarkCss", cornerMarkCss(letter));
        variables.put("headingLevels", headingLevels(letter.paragraphs()));
        if (letter.signedOn() != null) {
            double chars = SigningBlock.dateRightIndentChars(letter.unitFullName(), letter.signedOnText());
            variables.put("signIndentPt", String.format(java.util.Locale.ROOT, "%.2f",
                    chars * SigningBlock.CHAR_MM * 72 / 25.4));
        }
        return pdf.xhtml("letter-pdf", variables);
    }

    /**
     * Each paragraph's heading level in the tagged PDF's structure (ADR 0056), 0 for body text: 一、 headings are H2
     * (the title is H1), （一） headings H3 below one, or H2 where no 一、 heading came before (no level skipped).
     */
    static List<Integer> headingLevels(List<ReplyLetter.Paragraph> paragraphs) {
        var levels = new ArrayList<Integer>();
        boolean belowLevel1 = false;
        for (ReplyLetter.Paragraph paragraph : paragraphs) {
            switch (paragraph.kind()) {
                case HEADING_1 -> {
                    levels.add(2);
                    belowLevel1 = true;
                }
                case HEADING_2 -> levels.add(belowLevel1 ? 3 : 2);
                case TEXT -> levels.add(0);
            }
        }
        return levels;
    }

    private static String classMarkText(ReplyLetter letter) {
        return "分类：" + letter.classification();
    }

    /** For a class mark in a corner: a margin box of the first page, just above the letterhead. */
    private String cornerMarkCss(ReplyLetter letter) {
        if (letter.classification() == null || !classMark.inCorner()) {
            return null;
        }
        String box = classMark == ClassMarkPosition.TOP_LEFT ? "top-left" : "top-right";
        String align = classMark == ClassMarkPosition.TOP_LEFT ? "left" : "right";
        // the class code is a short code of the rule set (A, 甲 …): nothing to escape in a CSS string
        return "@page :first { @" + box + " { content: \"" + classMarkText(letter) + "\"; "
                + "font-family: 'FangSong', 'Fallback'; font-size: 16pt; text-align: " + align + "; "
                + "vertical-align: bottom; padding-bottom: 6mm; } }";
    }

    public byte[] render(ReplyLetter letter) {
        // a class mark in a corner is drawn in a margin box: read it all the same (ADR 0056)
        List<String> readInMargin = cornerMarkCss(letter) == null ? List.of() : List.of(classMarkText(letter));
        return pdf.render(xhtml(letter), new OfficialPdf.Metadata(letter.title(), letter.unitFullName(),
                letter.documentNumber(), java.time.ZonedDateTime.now(clock)), readInMargin);
    }
}
