package cn.jianyi.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds private persons' data in a text for automatic redaction: mobile numbers, landline numbers, 18-digit ID-card
 * numbers (with a valid check digit, GB 11643-1999) and house-level addresses (…3栋2单元501室, …12号4幢302). Run on the
 * suggestion's and the reply's texts, never on the letter's contact line, which carries the issuing unit's office
 * phone and stays public. What it cannot find (names, Chinese-numeral addresses, numbers written in words or with
 * full-width digits) is left to the clerk's manual redaction and the administrator's rules (ADR 0057).
 */
final class PersonalDataDetectors {

    /** One finding: the span {@code [start, end)} of the text. */
    record Found(int start, int end, RedactionKind kind) {
    }

    /** 11 digits from 13x–19x, optionally +86 and grouped 3-4-4 with a hyphen or a space. */
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:(?:\\+|00)?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])");
    /** An area code (0 and 2–3 digits, in brackets or followed by a hyphen) and 7–8 digits, maybe an extension. */
    private static final Pattern LANDLINE_WITH_AREA = Pattern.compile(
            "(?<![0-9])(?:[(（]0[0-9]{2,3}[)）] ?|0[0-9]{2,3}[-－—])[2-9][0-9]{6,7}(?:(?:[-－]|转)[0-9]{1,5})?(?![0-9])");
    /** 7–8 digits right after a word that says it is a phone number (电话：83754000). */
    private static final Pattern LANDLINE_AFTER_WORD = Pattern.compile(
            "(?:电话|座机|固话|手机|热线|联系方式|tel|Tel|TEL)[^0-9\\n]{0,6}?(?<![0-9])([2-9][0-9]{6,7})(?![0-9])");
    /** 17 digits and a check character. */
    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])");
    /** The house-level part of an address: building, maybe unit, and room (the road or estate stays). */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![0-9])(?:[0-9]{1,4}号(?:院)?)?[0-9]{1,3}(?:栋|幢|号楼|座)(?:[0-9]{1,2}单元)?[0-9]{3,4}(?:室|房|号)?"
                    + "|(?<![0-9])[0-9]{1,2}单元[0-9]{3,4}室?"
                    + "|(?<![0-9])[0-9]{1,4}号[0-9]{3,4}室");

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECKS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private PersonalDataDetectors() {
    }

    /** Every finding in the text, in order of their start; they may overlap (the plan merges them). */
    static List<Found> find(String text) {
        var found = new ArrayList<Found>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher id = ID_CARD.matcher(text);
        while (id.find()) {
            if (isIdNumber(id.group())) {
                found.add(new Found(id.start(), id.end(), RedactionKind.ID_CARD));
            }
        }
        add(found, MOBILE.matcher(text), RedactionKind.MOBILE, 0);
        add(found, LANDLINE_WITH_AREA.matcher(text), RedactionKind.LANDLINE, 0);
        add(found, LANDLINE_AFTER_WORD.matcher(text), RedactionKind.LANDLINE, 1);
        add(found, ADDRESS.matcher(text), RedactionKind.ADDRESS, 0);
        found.removeIf(f -> f.kind() != RedactionKind.ID_CARD && insideAnId(found, f));
        found.sort(java.util.Comparator.comparingInt(Found::start).thenComparing(f -> -f.end()));
        return found;
    }

    /** Whether 18 characters are an ID-card number: a plausible birth date and the right check character. */
    static boolean isIdNumber(String candidate) {
        if (candidate.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        int year = Integer.parseInt(candidate.substring(6, 10));
        int month = Integer.parseInt(candidate.substring(10, 12));
        int day = Integer.parseInt(candidate.substring(12, 14));
        if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        return Character.toUpperCase(candidate.charAt(17)) == ID_CHECKS[sum % 11];
    }

    private static void add(List<Found> found, Matcher matcher, RedactionKind kind, int group) {
        while (matcher.find()) {
            found.add(new Found(matcher.start(group), matcher.end(group), kind));
        }
    }

    private static boolean insideAnId(List<Found> found, Found f) {
        return found.stream().anyMatch(other -> other.kind() == RedactionKind.ID_CARD
                && other.start() <= f.start() && f.end() <= other.end());
    }
}
