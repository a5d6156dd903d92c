package cn.jianyi.documents;

import java.util.List;
import java.util.Optional;

import cn.jianyi.documents.ofd.OfdDocument;
import cn.jianyi.documents.ofd.OfdStamp;

/**
 * The signing block of a sealed letter of one unit (单一机关行文，加盖印章), GB/T 9704-2012 §7.3.5.1: the date
 * (成文日期) 右空四字, the signing unit (发文机关署名) centred over the date, the seal upright, centred on the two and
 * pressing both, the unit and date in the seal's lower half (居印章中心偏下), the seal's top within one line below the
 * body or the attachment note. Jianyi's replies are always of one unit ({@code ReplyLetter} carries one), so the
 * joint layout of §7.3.5.2 never arises. ADR 0052.
 */
final class SigningBlock {

    /** One character (156 mm / 28) and one line (225 mm / 22) of the type area, in millimetres. */
    static final double CHAR_MM = 156.0 / LetterGeometry.CHARS_PER_LINE;
    static final double LINE_MM = 225.0 / LetterGeometry.LINES_PER_PAGE;
    /** 右空四字. */
    static final int DATE_RIGHT_CHARS = 4;
    /**
     * The round seal of a unit (单位印章), 42 mm across: the size the layout's spacing is made for and the size drawn
     * when a seal file states none; a seal stating its own size (40–50 mm) is drawn at that size, centred the same.
     */
    static final double SEAL_MM = 42;
    /**
     * Blank lines between the body (or 附件说明) and the signing unit: three, so that a 42 mm seal whose centre sits
     * just above the unit's line has its top within the line below the attachment note.
     */
    static final int BLANK_LINES_ABOVE = 3;
    /**
     * The seal's centre above the unit's baseline: one line. A seal's star (14 mm across on a 42 mm seal) then ends
     * just above the tops of the unit's characters, the unit and the date lie in the seal's lower half (居印章中心偏下)
     * and its lower ring presses the date.
     */
    static final double SEAL_CENTRE_ABOVE_UNIT_BASELINE_MM = LINE_MM;

    private SigningBlock() {
    }

    /**
     * The date's right indent in characters: four (右空四字), or more where the unit, centred over a shorter date,
     * would otherwise cross the right edge of the type area.
     */
    static double dateRightIndentChars(String unit, String date) {
        double overhang = (widthInChars(unit) - widthInChars(date)) / 2;
        return Math.max(DATE_RIGHT_CHARS, overhang);
    }

    /** A line's width in characters of the body: CJK and full-width forms one, everything else half. */
    static double widthInChars(String text) {
        return text.codePoints().mapToDouble(c -> c >= 0x2E80 ? 1 : 0.5).sum();
    }

    /**
     * The seal's box over the signing block as the letter's layout has it: centred horizontally on the date, its
     * centre {@link #SEAL_CENTRE_ABOVE_UNIT_BASELINE_MM} above the unit's baseline, on the date's page. Empty when
     * the layout has no signing block (a draft).
     */
    static Optional<OfdStamp> sealOver(PdfPageLayout.Layout layout, String unit, String date) {
        return sealOver(layout, unit, date, SealPictureSize.STANDARD);
    }

    /** As {@link #sealOver(PdfPageLayout.Layout, String, String)}, for a seal of the given size (centred the same). */
    static Optional<OfdStamp> sealOver(PdfPageLayout.Layout layout, String unit, String date, SealPictureSize size) {
        for (int page = 0; page < layout.pages().size(); page++) {
            List<OfdDocument.Text> texts = layout.pages().get(page).texts();
            for (OfdDocument.Text text : texts) {
                if (text.text().equals(date)) {
                    Optional<OfdDocument.Text> unitLine = lineAbove(texts, text, unit);
                    double unitBaseline = unitLine.map(OfdDocument.Text::y).orElse(text.y() - LINE_MM);
                    double centreX = centre(text);
                    double centreY = unitBaseline - SEAL_CENTRE_ABOVE_UNIT_BASELINE_MM;
                    return Optional.of(new OfdStamp(page + 1, centreX - size.widthMm() / 2,
                            centreY - size.heightMm() / 2, size.widthMm(), size.heightMm()));
                }
            }
        }
        return Optional.empty();
    }

    /** The text reading {@code unit} one line above the date (not the letterhead, which reads the same). */
    private static Optional<OfdDocument.Text> lineAbove(List<OfdDocument.Text> texts, OfdDocument.Text date,
                                                        String unit) {
        return texts.stream().filter(t -> t.text().equals(unit))
                .filter(t -> t.y() < date.y() && date.y() - t.y() < 1.5 * LINE_MM).findFirst();
    }

    /** The horizontal centre of a run: from its first glyph's origin to the end of its last glyph's em box. */
    static double centre(OfdDocument.Text text) {
        double width = text.size();
        for (double dx : text.deltaX()) {
            width += dx;
        }
        return text.x() + width / 2;
    }
}
