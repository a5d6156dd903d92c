package cn.jianyi.archive;

/** Numbers as letters print them: 17, 十七, 二十六, 一百零二; a year digit by digit (二0一七, 二〇二三). */
final class ChineseNumbers {

    private ChineseNumbers() {
    }

    /** The value of a digit character (0–9, 〇○零O, 一…九), or -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        switch (c) {
            case '〇': case '○': case '零': case 'O': case 'o':
                return 0;
            case '一': return 1;
            case '二': case '两': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }

    /** A number written with digits or with 十/百 (or digit by digit), or -1 if it is none. */
    static int parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return -1;
        }
        if (text.indexOf('十') < 0 && text.indexOf('百') < 0) {
            int value = 0;
            for (int i = 0; i < text.length(); i++) {
                int d = digit(text.charAt(i));
                if (d < 0) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return value;
        }
        int total = 0;
        int current = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '百' || c == '十') {
                int unit = c == '百' ? 100 : 10;
                total += (current < 0 ? 1 : current) * unit;
                current = -1;
            } else {
                int d = digit(c);
                if (d < 0) {
                    return -1;
                }
                current = current < 0 ? d : current * 10 + d;
            }
        }
        return total + Math.max(current, 0);
    }
}
