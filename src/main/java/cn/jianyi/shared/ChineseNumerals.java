package cn.jianyi.shared;

/** Small Chinese numerals as used in meeting names: 二届四次会议, 十七届三次会议. */
public final class ChineseNumerals {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {
    }

    /** Writes 1–99 the way meeting and term names do (十, 十二, 二十, 二十一). */
    public static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("only 1..99 supported: " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }
}
