package cn.jianyi.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.suggestion.PageOf;

/** Reads the security audit log, newest first, with the filters of {@code /audit} (bound parameters only). */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    /** The most rows one Excel export holds; a narrower filter gets the rest. */
    public static final int EXPORT_LIMIT = 100_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PageOf<AuditRecord> search(AuditFilter filter, int page, int size) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new ArrayList<Object>();
        conditions(filter, where, params);
        long total = jdbc.sql("select count(*) from audit_log" + where).params(params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        var rows = new ArrayList<>(params);
        rows.add((long) (current - 1) * size);
        rows.add(size);
        List<AuditRecord> items = jdbc.sql("select " + AuditChain.COLUMNS + " from audit_log" + where
                        + " order by seq desc offset ? rows fetch next ? rows only")
                .params(rows).query(AuditChain::map).list();
        return new PageOf<>(items, current, size, total);
    }

    /** Every matching record, newest first, at most {@link #EXPORT_LIMIT}. */
    public List<AuditRecord> export(AuditFilter filter) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new ArrayList<Object>();
        conditions(filter, where, params);
        params.add(EXPORT_LIMIT);
        return jdbc.sql("select " + AuditChain.COLUMNS + " from audit_log" + where
                        + " order by seq desc fetch first ? rows only")
                .params(params).query(AuditChain::map).list();
    }

    private void conditions(AuditFilter f, StringBuilder where, List<Object> params) {
        if (f.person() != null) {
            where.append(" and (lower(username) like ? escape '\\' or lower(display_name) like ? escape '\\')");
            params.add(like(f.person()));
            params.add(like(f.person()));
        }
        if (f.kind() != null) {
            where.append(" and kind = ?");
            params.add(f.kind().name());
        }
        if (f.object() != null) {
            where.append(" and (lower(object_type) like ? escape '\\' or lower(object_id) like ? escape '\\'"
                    + " or lower(object_label) like ? escape '\\')");
            params.add(like(f.object()));
            params.add(like(f.object()));
            params.add(like(f.object()));
        }
        if (f.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(Timestamp.from(f.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (f.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
    }

    private static String like(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
