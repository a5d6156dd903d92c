package cn.jianyi.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Resolves a person's congresses again from the current congress tree (each request, ADR 0042). */
@Component
public class CongressScopes {

    private final JdbcClient jdbc;

    CongressScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The same person, with the congresses of the tree as it is now (the same object when nothing changed). */
    public CurrentUser refreshed(CurrentUser me) {
        return me.resolvedIn(CongressTree.read(jdbc));
    }
}
