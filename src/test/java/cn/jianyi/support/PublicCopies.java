package cn.jianyi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public tables of the publication module (ADR 0057) read back as text, for leak tests: whatever the portal, the
 * open data and the API serve comes from {@code published_copies} (and the clerk's {@code published_redactions}), so
 * a string that must never be public must not be anywhere in them. Reused by the portal's leak test.
 */
public final class PublicCopies {

    /** The tables a public reader may be served from. */
    public static final List<String> PUBLIC_TABLES = List.of("published_copies", "published_redactions");

    private PublicCopies() {
    }

    /** Every value of every row of the public tables, one line per row. */
    public static String text(JdbcClient jdbc) {
        var out = new StringBuilder();
        for (String table : PUBLIC_TABLES) {
            for (Map<String, Object> row : jdbc.sql("select * from " + table).query().listOfRows()) {
                out.append(table).append(": ").append(row.values()).append('\n');
            }
        }
        return out.toString();
    }

    /** Fails naming the first string found anywhere in the public tables. */
    public static void assertHoldNone(JdbcClient jdbc, Collection<String> secrets) {
        String everything = text(jdbc);
        for (String secret : secrets) {
            assertThat(everything).as("the public tables hold a string that must stay private")
                    .doesNotContain(secret);
        }
    }
}
