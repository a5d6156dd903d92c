package cn.jianyi.documents;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * The parts every official DOCX shares (GB/T 9704-2012): the A4 page with its margins and 22 × 28 grid, page numbers
 * as — N — in 4号 宋体 (odd pages right, even pages left), paragraphs on the line pitch, runs in the Chinese faces
 * under the names Word and WPS expect.
 */
public final class OfficialDocx {

    /** 4号 = 14 pt, in half-points. */
    public static final int SMALL_HALF_POINTS = 28;
    /** One 16 pt character, in twips. */
    public static final int ONE_CHAR = 320;

    private OfficialDocx() {
    }

    /** The page; without {@code numberFirstPage} the first page gets its own (empty) header and footer (信函格式). */
    public static void page(XWPFDocument doc, boolean numberFirstPage) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(LetterGeometry.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(LetterGeometry.PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(LetterGeometry.MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(LetterGeometry.MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(LetterGeometry.MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(LetterGeometry.MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(LetterGeometry.mm(15)));
        mar.setFooter(BigInteger.valueOf(LetterGeometry.mm(21)));      // "— 1 —" about 7 mm below the type area
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LetterGeometry.LINE_PITCH));
        grid.setCharSpace(BigInteger.valueOf(LetterGeometry.CHAR_SPACE));
        if (!numberFirstPage) {
            sect.addNewTitlePg();                                        // 信函格式: no number on the first page
        }
    }

    /** — N — in 4号 宋体: odd pages right with one character's space, even pages left; page one as asked. */
    public static void pageNumbers(XWPFDocument doc, boolean numberFirstPage) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
        if (!numberFirstPage) {
            doc.createFooter(HeaderFooterType.FIRST).createParagraph();
        }
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(alignment);
        if (alignment == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(ONE_CHAR);
        } else {
            p.setIndentationLeft(ONE_CHAR);
        }
        run(p, "— ", DocxLetterRenderer.SONGTI, SMALL_HALF_POINTS);
        XWPFRun field = p.createRun();
        field.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue("PAGE");
        XWPFRun end = p.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        fonts(field, DocxLetterRenderer.SONGTI, SMALL_HALF_POINTS);
        fonts(instr, DocxLetterRenderer.SONGTI, SMALL_HALF_POINTS);
        fonts(end, DocxLetterRenderer.SONGTI, SMALL_HALF_POINTS);
        run(p, " —", DocxLetterRenderer.SONGTI, SMALL_HALF_POINTS);
    }

    /** A paragraph on the page's line pitch, no space before or after. */
    public static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(LetterGeometry.LINE_PITCH / 20.0, LineSpacingRule.EXACT);
        p.getCTP().getPPr().getSpacing().setLineRule(STLineSpacingRule.EXACT);
        return p;
    }

    public static XWPFRun run(XWPFParagraph p, String text, String font, int halfPoints) {
        XWPFRun r = p.createRun();
        r.setText(text);
        fonts(r, font, halfPoints);
        return r;
    }

    /** The face for every script of the run (East Asian, Latin, complex) and its size. */
    public static void fonts(XWPFRun r, String font, int halfPoints) {
        for (FontCharRange range : List.of(FontCharRange.eastAsia, FontCharRange.ascii, FontCharRange.hAnsi,
                FontCharRange.cs)) {
            r.setFontFamily(font, range);
        }
        r.setFontSize(halfPoints / 2.0);
    }
}
