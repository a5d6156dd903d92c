package cn.jianyi.archive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one historical letter, each with its confidence. Values follow the conventions of the corpus's
 * {@code labels.jsonl}: {@code date} is ISO ({@code 2023-10-16}, or {@code 2023-10} / {@code 2023} when only partly
 * printed), {@code term} and {@code meeting} are integers, {@code itemNumber} a string, lists are empty (never null)
 * when absent; {@code body} is 人大 or 政协, {@code level} one of 全国/省/市/县/区/乡镇, {@code classification} A–D.
 */
public record ParsedLetter(
        String file,
        Extracted<LetterKind> kind,
        Extracted<String> issuer,
        Extracted<String> docNumber,
        Extracted<String> classification,
        Extracted<String> body,
        Extracted<String> level,
        Extracted<Integer> term,
        Extracted<Integer> meeting,
        Extracted<String> itemNumber,
        Extracted<List<String>> addressees,
        Extracted<String> contactPerson,
        Extracted<List<String>> contactPhones,
        Extracted<String> date,
        Extracted<List<String>> cc,
        Extracted<String> publicity,
        Extracted<String> satisfaction,
        Extracted<String> title,
        Extracted<String> replyText) {

    /** The keys of {@code labels.jsonl}, in its order, that the parser fills. */
    public static final List<String> LABEL_KEYS = List.of("kind", "issuer", "docNumber", "classification", "body",
            "level", "term", "meeting", "itemNumber", "addressees", "contactPerson", "contactPhones", "date", "cc",
            "publicity", "satisfaction");

    /** Every field by its key (the {@link #LABEL_KEYS}, then {@code title} and {@code replyText}), in that order. */
    public Map<String, Extracted<?>> fields() {
        Map<String, Extracted<?>> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("issuer", issuer);
        fields.put("docNumber", docNumber);
        fields.put("classification", classification);
        fields.put("body", body);
        fields.put("level", level);
        fields.put("term", term);
        fields.put("meeting", meeting);
        fields.put("itemNumber", itemNumber);
        fields.put("addressees", addressees);
        fields.put("contactPerson", contactPerson);
        fields.put("contactPhones", contactPhones);
        fields.put("date", date);
        fields.put("cc", cc);
        fields.put("publicity", publicity);
        fields.put("satisfaction", satisfaction);
        fields.put("title", title);
        fields.put("replyText", replyText);
        return fields;
    }

    /**
     * The values as {@code labels.jsonl} writes them, keyed like it: {@code file} first, the kind as its code,
     * {@code null} where absent, lists as lists.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("file", file);
        fields().forEach((key, field) -> values.put(key,
                field.value() instanceof LetterKind letterKind ? letterKind.code() : field.value()));
        return values;
    }
}
