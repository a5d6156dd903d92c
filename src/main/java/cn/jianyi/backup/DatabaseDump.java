package cn.jianyi.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** How one database product is written into a backup's {@code database/} folder and loaded back (ADR 0067). */
interface DatabaseDump {

    /** The product's name as the JDBC driver gives it ({@code H2}, {@code PostgreSQL}). */
    String product();

    /**
     * Writes every table of the database into the folder, all of them as of one moment (one snapshot), and returns
     * every table with its rows, in the order {@link #load} needs them.
     */
    List<Manifest.Table> export(Connection connection, Path folder) throws SQLException, IOException;

    /**
     * Replaces every row of the database (which has the backup's schema version) with the backup's; on PostgreSQL in
     * one transaction, on H2 statement by statement (H2 commits each table's re-creation).
     */
    void load(Connection connection, Path folder, List<Manifest.Table> tables) throws SQLException, IOException;

    static DatabaseDump of(String product) {
        return switch (product) {
            case H2Script.PRODUCT -> new H2Script();
            case PostgresCopy.PRODUCT -> new PostgresCopy();
            default -> throw new BackupRefused("不支持的数据库：" + product + "（只支持 H2 和 PostgreSQL）");
        };
    }
}
