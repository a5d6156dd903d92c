package cn.jianyi.documents;

/**
 * The page of GB/T 9704-2012 in twips (1/20 pt): A4, top margin 37 mm, left 28 mm, type area 156 × 225 mm (so right
 * 26 mm, bottom 35 mm), 22 lines of 28 characters of 3号 (16 pt) FangSong.
 */
public final class LetterGeometry {

    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    public static final int MARGIN_TOP = mm(37);
    public static final int MARGIN_LEFT = mm(28);
    public static final int MARGIN_RIGHT = PAGE_WIDTH - MARGIN_LEFT - mm(156);
    public static final int MARGIN_BOTTOM = PAGE_HEIGHT - MARGIN_TOP - mm(225);
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;
    /** 225 mm over 22 lines, in twips (≈ 28.98 pt). */
    public static final int LINE_PITCH = mm(225) / LINES_PER_PAGE;
    /** 3号 = 16 pt, in half-points as Word stores sizes. */
    public static final int BODY_HALF_POINTS = 32;
    /** The extra pitch per character, in 1/4096 pt, that puts 28 characters of 16 pt on a 156 mm line. */
    public static final int CHAR_SPACE = (int) Math.round((mm(156) / 20.0 / CHARS_PER_LINE - 16) * 4096);

    private LetterGeometry() {
    }

    /** Millimetres to twips (1 mm = 1440 / 25.4 twips), rounded. */
    public static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
