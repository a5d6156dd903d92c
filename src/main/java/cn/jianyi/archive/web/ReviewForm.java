package cn.jianyi.archive.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import cn.jianyi.archive.ArchiveManagement;
import cn.jianyi.archive.LetterFields;
import cn.jianyi.archive.LetterKind;
import cn.jianyi.archive.ParsedFields;

/**
 * 复函审核: every field of a letter as text, so that whatever the clerk typed comes back unchanged when something is
 * wrong; {@link #check} puts a message beside each wrong field, {@link #toFields} turns a checked form into values.
 */
record ReviewForm(String kind, String issuer, String docNumber, String classification, String body, String level,
                  String congressName, String term, String meeting, String itemNumber, String addressees,
                  String contactPerson, String contactPhones, String date, String cc, String publicity,
                  String satisfaction, String title, String replyText) {

    static final List<String> LEVELS = List.of("全国", "省", "市", "县", "区", "乡镇");
    private static final Set<String> BODIES = Set.of("人大", "政协");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");

    /** The form as the parser filled it; the congress proposed from the unit and the level. */
    static ReviewForm of(Map<String, ParsedFields.Field> parsed) {
        String issuer = value(parsed, "issuer");
        String level = value(parsed, "level");
        String date = value(parsed, "date");
        return new ReviewForm(value(parsed, "kind"), issuer, value(parsed, "docNumber"),
                value(parsed, "classification"), value(parsed, "body"), level,
                ArchiveManagement.congressNameOf(issuer, level), value(parsed, "term"), value(parsed, "meeting"),
                value(parsed, "itemNumber"), value(parsed, "addressees"), value(parsed, "contactPerson"),
                value(parsed, "contactPhones"), date, value(parsed, "cc"), value(parsed, "publicity"),
                value(parsed, "satisfaction"), value(parsed, "title"), value(parsed, "replyText"));
    }

    private static String value(Map<String, ParsedFields.Field> parsed, String key) {
        ParsedFields.Field field = parsed.get(key);
        return field == null ? "" : field.value();
    }

    /** Rejects each wrong field with its reason. */
    void check(Errors errors) {
        LetterKind letterKind = letterKind();
        if (letterKind == null) {
            errors.rejectValue("kind", "archive.review.kind");
        }
        if (blank(title)) {
            errors.rejectValue("title", "validation.required");
        }
        length(errors, "title", title, 300);
        length(errors, "issuer", issuer, 100);
        length(errors, "docNumber", docNumber, 60);
        length(errors, "congressName", congressName, 60);
        length(errors, "itemNumber", itemNumber, 30);
        length(errors, "addressees", addressees, 500);
        length(errors, "contactPerson", contactPerson, 100);
        length(errors, "contactPhones", contactPhones, 200);
        length(errors, "cc", cc, 500);
        length(errors, "publicity", publicity, 60);
        length(errors, "satisfaction", satisfaction, 60);
        length(errors, "replyText", replyText, 200_000);
        if (!blank(classification) && !classification.strip().matches("[A-Da-d]")) {
            errors.rejectValue("classification", "archive.review.classification");
        }
        if (!blank(body) && !BODIES.contains(body.strip())) {
            errors.rejectValue("body", "archive.review.body");
        }
        if (!blank(level) && !LEVELS.contains(level.strip())) {
            errors.rejectValue("level", "archive.review.level");
        }
        positive(errors, "term", term);
        positive(errors, "meeting", meeting);
        if (!blank(date) && parseDate(date) == null) {
            errors.rejectValue("date", "archive.review.date");
        }
        if (letterKind == LetterKind.SUGGESTION && "人大".equals(strip(body))) {
            required(errors, "level", level);
            required(errors, "congressName", congressName);
            required(errors, "term", term);
            required(errors, "meeting", meeting);
            required(errors, "addressees", addressees);
            if (!errors.hasFieldErrors("itemNumber") && ArchiveManagement.number(itemNumber) == null) {
                errors.rejectValue("itemNumber", "archive.review.itemNumber");
            }
        }
    }

    /** The values of a checked form. */
    LetterFields toFields() {
        LocalDate letterDate = blank(date) ? null : parseDate(date);
        return new LetterFields(letterKind(), strip(issuer), strip(docNumber),
                blank(classification) ? null : classification.strip().toUpperCase(java.util.Locale.ROOT), strip(body),
                strip(level), strip(congressName), integer(term), integer(meeting), strip(itemNumber),
                blank(addressees) ? null : String.join("、", names()), strip(contactPerson), strip(contactPhones),
                letterDate, letterDate == null ? null : letterDate.getYear(), strip(cc), strip(publicity),
                strip(satisfaction), strip(title), blank(replyText) ? null : replyText.strip());
    }

    /** The addressees one by one, without 尊敬的 and the trailing 代表 or 委员. */
    List<String> names() {
        if (blank(addressees)) {
            return List.of();
        }
        return Arrays.stream(addressees.split("[、,，;；\\s]+")).map(String::strip)
                .map(name -> name.replaceFirst("^尊敬的", "").replaceFirst("(代表|委员)$", ""))
                .filter(name -> !name.isEmpty()).distinct().toList();
    }

    private LetterKind letterKind() {
        for (LetterKind k : LetterKind.values()) {
            if (k.name().equals(strip(kind)) || k.code().equals(strip(kind))) {
                return k;
            }
        }
        return null;
    }

    /** YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日; {@code null} when not a date. */
    static LocalDate parseDate(String text) {
        String value = text.strip();
        Matcher m = ISO_DATE.matcher(value);
        if (!m.matches()) {
            m = CHINESE_DATE.matcher(value);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static void positive(Errors errors, String field, String value) {
        if (!blank(value) && integer(value) == null) {
            errors.rejectValue(field, "archive.review.number");
        }
    }

    private static void required(Errors errors, String field, String value) {
        if (blank(value) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "archive.review.requiredForSuggestion");
        }
    }

    private static void length(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "archive.review.tooLong", new Object[] {max}, null);
        }
    }

    private static Integer integer(String value) {
        if (blank(value) || !value.strip().matches("\\d{1,4}")) {
            return null;
        }
        int n = Integer.parseInt(value.strip());
        return n > 0 ? n : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }
}
