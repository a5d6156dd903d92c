package cn.jianyi.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.jianyi.suggestion.MeetingView;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * 开放数据 of a meeting (ADR 0059, {@code docs/open-data.md}): every published case of the meeting as CSV (UTF-8 with
 * a byte-order mark so that Excel reads it, RFC 4180 quoting, CRLF) and as JSON valid against
 * {@code /public/open-data.schema.json}. The fields are the copy's public facts only; the deputy's rating (满意度) is
 * there only where the congress's rules publish it (null otherwise).
 */
@Component
public class OpenData {

    /** The CSV's columns, in order; the JSON's case objects have the same fields in camel case. */
    public static final List<String> COLUMNS = List.of("id", "suggestion_number", "title", "deputy", "unit_id", "unit",
            "document_number", "signed_on", "published_at", "classification", "subject_area", "subject_area_name",
            "outcome", "satisfaction", "url");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final MessageSource messages;
    private final ZoneId zone;

    OpenData(MessageSource messages, java.time.Clock clock) {
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** The CSV of these copies; {@code base} is the site's address (the items' URLs are absolute). */
    public byte[] csv(List<PublicCase> copies, String base) {
        var out = new StringBuilder("\uFEFF");
        out.append(String.join(",", COLUMNS)).append("\r\n");
        for (PublicCase c : copies) {
            List<String> values = values(c, base).values().stream().map(v -> v == null ? "" : v.toString()).toList();
            out.append(String.join(",", values.stream().map(OpenData::quoted).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON document of a meeting's copies. */
    public byte[] json(MeetingView meeting, List<PublicCase> copies, String base, Instant generatedAt) {
        var document = new LinkedHashMap<String, Object>();
        document.put("$schema", base + "/public/open-data.schema.json");
        document.put("version", 1);
        document.put("congress", Map.of("id", meeting.congressId(), "name", meeting.congressName()));
        var m = new LinkedHashMap<String, Object>();
        m.put("id", meeting.id());
        m.put("name", meeting.congressShortName() + meeting.name());
        m.put("term", meeting.term());
        m.put("meeting", meeting.meeting());
        m.put("openedOn", meeting.openedOn() == null ? null : meeting.openedOn().toString());
        document.put("meeting", m);
        document.put("generatedAt", generatedAt.atZone(zone).toOffsetDateTime().toString());
        document.put("cases", copies.stream().map(c -> {
            var row = new LinkedHashMap<String, Object>();
            values(c, base).forEach((column, value) -> row.put(camel(column), value));
            return row;
        }).toList());
        return JSON.writeValueAsBytes(document);
    }

    private Map<String, Object> values(PublicCase c, String base) {
        var row = new LinkedHashMap<String, Object>();
        row.put("id", c.id());
        row.put("suggestion_number", c.suggestionNumber());
        row.put("title", c.suggestionTitle());
        row.put("deputy", c.deputyName());
        row.put("unit_id", c.unitId());
        row.put("unit", c.unitName());
        row.put("document_number", c.documentNumber());
        row.put("signed_on", c.signedOn().toString());
        row.put("published_at", c.publishedAt().atZone(zone).toOffsetDateTime().toString());
        row.put("classification", c.classification());
        row.put("subject_area", c.subjectArea());
        row.put("subject_area_name", messages.getMessage("SubjectArea." + c.subjectArea(), null, c.subjectArea(),
                Locale.SIMPLIFIED_CHINESE));
        row.put("outcome", c.outcome());
        row.put("satisfaction", c.satisfaction());
        row.put("url", base + "/public/cases/" + c.id());
        return row;
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String camel(String column) {
        var out = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }

}
