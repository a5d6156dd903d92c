package cn.jianyi.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The latest state of a record that is not a case (a unit, an account, a congress's rules …), for a form refused
 * because someone changed the record meanwhile (ADR 0065): a message of the bundle (最新情况：该单位现为——全称：…)
 * whose arguments are the record's values as saved now, shown above what was typed by {@link Forms#showLatest}. A
 * value left empty reads 未填, a long text is cut after {@value #EXCERPT} characters.
 */
public final class LatestState {

    private static final String BLANK = "form.fault.latest.blank";
    private static final int EXCERPT = 60;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LatestState() {
    }

    /** The message {@code key} with the record's {@code values} (texts, numbers, dates, labels of {@link #label}). */
    public static MessageSourceResolvable of(String key, Object... values) {
        return new DefaultMessageSourceResolvable(new String[] {key}, Arrays.stream(values).map(LatestState::shown)
                .toArray());
    }

    /** The bundle's label under {@code key} (an enum constant's, 启用 or 已停用), as a value of {@link #of}. */
    public static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    /** When something was saved, as the message shows it: 2024-03-05 10:32 in {@code zone}. */
    public static String at(Instant when, ZoneId zone) {
        return AT.format(when.atZone(zone));
    }

    private static Object shown(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return label(BLANK);
        }
        if (value instanceof String text && text.length() > EXCERPT) {
            return text.substring(0, EXCERPT) + "…";
        }
        return value;
    }
}
