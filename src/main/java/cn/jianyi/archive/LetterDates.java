package cn.jianyi.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letter's own date: the signing date on its own line (or after the signing unit on one line), written
 * 2023年6月29日, 二0一七年五月二十六日, partly (2023年) or as a digit run that lost its 年月日 (2020824, read only when one
 * reading is valid). Dates inside sentences and website furniture are never taken.
 */
final class LetterDates {

    private static final String YEAR = "([0-9〇○零O一二三四五六七八九]{4})";
    private static final String PART = "([0-9]{1,2}|[一二三四五六七八九十]{1,3})";
    /** A date at the end of a compact line, possibly followed by a parenthesis (the contact). */
    private static final Pattern DATE_AT_END = Pattern.compile(
            YEAR + "年(?:" + PART + "月(?:" + PART + "日)?)?(?:[(\\[].*)?$");
    private static final Pattern LABEL = Pattern.compile("(?:提案日期|建议日期|日期|签发日期|落款日期|时间|签发时间)[:]?");
    private static final Pattern DIGIT_RUN = Pattern.compile("(?:(?:提案日期|日期)[:]?)?((?:19|20)\\d{4,6})");
    private static final Pattern NUMERIC = Pattern.compile("((?:19|20)\\d{2})[.\\-/](\\d{1,2})[.\\-/](\\d{1,2})");
    private static final Pattern UNIT_BEFORE = Pattern.compile("([\\p{IsHan}()]{3,40})$");

    private LetterDates() {
    }

    /** A date found on a line (its index, -1 if unknown) and the signing unit written before it there, or null. */
    record Hit(Extracted<String> date, int line, String unit) {
    }

    /** The letter's date on one compact line, or null when the line is not a date line. */
    static Hit onLine(Normalized line) {
        String norm = line.norm();
        if (norm.isEmpty() || norm.length() > 120) {
            return null;
        }
        Matcher digits = DIGIT_RUN.matcher(norm);
        if (digits.matches()) {
            return new Hit(digitRun(digits.group(1)), -1, null);
        }
        if (norm.indexOf('年') < 0) {
            return null;
        }
        Matcher m = DATE_AT_END.matcher(norm);
        int from = 0;
        while (m.find(from)) {
            int start = m.start();
            String before = norm.substring(0, start);
            String unit = null;
            boolean accepted = before.isEmpty() || LABEL.matcher(before).matches();
            if (!accepted) {
                Matcher u = UNIT_BEFORE.matcher(before);
                if (u.find() && Issuers.isUnitName(u.group(1))) {
                    accepted = true;
                    unit = line.shown(u.start(1), u.end(1));
                }
            }
            if (accepted) {
                return new Hit(date(m.group(1), m.group(2), m.group(3)), -1, unit);
            }
            from = start + 1;
        }
        return null;
    }

    /** The last date line among the compact lines (furniture already blanked), or null. */
    static Hit signing(List<Normalized> compactLines) {
        for (int i = compactLines.size() - 1; i >= 0; i--) {
            Normalized line = compactLines.get(i);
            if (!line.norm().isEmpty()) {
                Hit hit = onLine(line);
                if (hit == null) {
                    hit = numericUnderUnit(compactLines, i);
                }
                if (hit != null) {
                    return new Hit(hit.date(), i, hit.unit());
                }
            }
        }
        return null;
    }

    /** 2023-06-29, 2023.6.29 or 2023/6/29 alone on a line, taken only right under a unit's name (the signature). */
    private static Hit numericUnderUnit(List<Normalized> compactLines, int at) {
        Matcher m = NUMERIC.matcher(compactLines.get(at).norm());
        if (!m.matches()) {
            return null;
        }
        for (int i = at - 1; i >= 0; i--) {
            Normalized above = compactLines.get(i);
            if (!above.norm().isEmpty()) {
                if (Issuers.unitLine(above) == null) {
                    return null;
                }
                Extracted<String> date = date(m.group(1), m.group(2), m.group(3));
                return new Hit(date.present() ? Extracted.of(date.value(), 0.8) : date, -1, null);
            }
        }
        return null;
    }

    static Extracted<String> date(String yearText, String monthText, String dayText) {
        int year = ChineseNumbers.parse(yearText);
        if (year < 1949 || year > 2100) {
            return Extracted.absent(0.5);
        }
        if (monthText == null) {
            return Extracted.of(Integer.toString(year), 0.6);
        }
        int month = ChineseNumbers.parse(monthText);
        if (month < 1 || month > 12) {
            return Extracted.absent(0.5);
        }
        if (dayText == null) {
            return Extracted.of(String.format("%04d-%02d", year, month), 0.7);
        }
        int day = ChineseNumbers.parse(dayText);
        LocalDate date = valid(year, month, day);
        return date == null ? Extracted.absent(0.5) : Extracted.of(date.toString(), 0.95);
    }

    /**
     * A date printed without 年月日: 20200824, 2020824 or 202084; taken only if exactly one reading is valid and the
     * year is plausible for a letter (1990–2040), so a number such as 2061234 is no date.
     */
    static Extracted<String> digitRun(String digits) {
        int year = Integer.parseInt(digits.substring(0, 4));
        String rest = digits.substring(4);
        LocalDate found = null;
        int readings = 0;
        for (int split = 1; split < rest.length(); split++) {
            String monthText = rest.substring(0, split);
            String dayText = rest.substring(split);
            if (monthText.length() > 2 || dayText.length() > 2
                    || (monthText.length() == 2 && monthText.charAt(0) == '0' && rest.length() < 4)) {
                continue;
            }
            LocalDate date = valid(year, Integer.parseInt(monthText), Integer.parseInt(dayText));
            if (date != null && !date.equals(found)) {
                found = date;
                readings++;
            }
        }
        if (readings != 1 || year < 1990 || year > 2040) {
            return Extracted.absent(0.4);
        }
        return Extracted.of(found.toString(), rest.length() == 4 ? 0.75 : 0.65);
    }

    private static LocalDate valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
