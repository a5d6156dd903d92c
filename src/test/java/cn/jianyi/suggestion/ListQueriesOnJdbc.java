package cn.jianyi.suggestion;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case list's queries ({@link SuggestionQueries#search}, {@link SuggestionQueries#forEachMatching}) over a bare
 * {@link JdbcClient}, for a benchmark that runs the application's own statements on a generated database without
 * starting the application (ListBenchmark). Only the list's methods work: the case file's collaborators are absent.
 */
public final class ListQueriesOnJdbc {

    private ListQueriesOnJdbc() {
    }

    public static SuggestionQueries on(JdbcClient jdbc) {
        return new SuggestionQueries(jdbc, null, null, null, null, SuggestionQueries.COUNT_CAP);
    }
}
