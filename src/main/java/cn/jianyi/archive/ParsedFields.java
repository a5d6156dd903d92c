package cn.jianyi.archive;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parser's fields as kept with a letter until it is reviewed: one line per field, its key, confidence and value
 * separated by tabs (tabs, line breaks and backslashes in values escaped), lists joined by 、, the kind by its
 * constant name. Plain text, so the same column works on H2 and PostgreSQL.
 */
public final class ParsedFields {

    /** One field: its value as the review form shows it (empty when absent) and the parser's confidence. */
    public record Field(String value, double confidence) {

        public boolean needsReview() {
            return confidence < Extracted.REVIEW_BELOW;
        }
    }

    private ParsedFields() {
    }

    static String encode(ParsedLetter letter) {
        var lines = new StringBuilder();
        letter.fields().forEach((key, field) -> lines.append(key).append('\t').append(field.confidence()).append('\t')
                .append(escape(text(field.value()))).append('\n'));
        return lines.toString();
    }

    /** The fields by key, in the parser's order; an empty map for a letter without them. */
    public static Map<String, Field> decode(String encoded) {
        var fields = new LinkedHashMap<String, Field>();
        if (encoded == null) {
            return fields;
        }
        for (String line : encoded.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                fields.put(parts[0], new Field(unescape(parts[2]), Double.parseDouble(parts[1])));
            }
        }
        return fields;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LetterKind kind) {
            return kind.name();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining("、"));
        }
        return String.valueOf(value);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        var out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
