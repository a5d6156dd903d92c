package cn.jianyi.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import cn.jianyi.shared.OwnerOnly;

/**
 * PostgreSQL without a {@code pg_dump} of the server's version: every table of {@code public} through
 * {@code COPY … TO STDOUT} (PgJDBC's CopyManager, the server's text format) in one {@code SERIALIZABLE READ ONLY
 * DEFERRABLE} transaction, so all tables are of one moment without blocking writers, one file per table under
 * {@code database/tables/}, and the sequences' positions in {@code database/sequences.tsv}. Loaded back into a
 * database migrated to the same Flyway version, in one transaction: every table emptied, each table's rows copied in
 * (referenced tables first), each sequence put where it stood.
 */
final class PostgresCopy implements DatabaseDump {

    static final String PRODUCT = "PostgreSQL";
    static final String TABLES = "tables";
    static final String SEQUENCES = "sequences.tsv";

    @Override
    public String product() {
        return PRODUCT;
    }

    @Override
    public List<Manifest.Table> export(Connection connection, Path folder) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level serializable, read only, deferrable");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Path tablesFolder = OwnerOnly.folder(folder.resolve(TABLES));
            List<Manifest.Table> tables = new ArrayList<>();
            for (String table : Schema.inLoadOrder(connection, Schema.tables(connection))) {
                Path file = tablesFolder.resolve(table + ".copy");
                OwnerOnly.write(file, new byte[0]);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    tables.add(new Manifest.Table(table, copy.copyOut("copy " + table + " to stdout", out)));
                }
            }
            StringBuilder sequences = new StringBuilder();
            try (ResultSet result = statement.executeQuery("select sequencename, last_value from pg_sequences"
                    + " where schemaname = 'public' order by 1")) {
                while (result.next()) {
                    String value = result.getString(2);
                    sequences.append(result.getString(1)).append('\t').append(value == null ? "" : value)
                            .append('\n');
                }
            }
            OwnerOnly.write(folder.resolve(SEQUENCES), sequences.toString().getBytes(StandardCharsets.UTF_8));
            connection.commit();
            return tables;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    @Override
    public void load(Connection connection, Path folder, List<Manifest.Table> tables)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("truncate table " + String.join(", ", Schema.tables(connection))
                    + " restart identity cascade");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Manifest.Table table : tables) {
                try (InputStream in = new BufferedInputStream(
                        Files.newInputStream(folder.resolve(TABLES).resolve(table.name() + ".copy")))) {
                    copy.copyIn("copy " + table.name() + " from stdin", in);
                }
            }
            for (String line : Files.readAllLines(folder.resolve(SEQUENCES), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                try (PreparedStatement setval = connection.prepareStatement(
                        "select setval(quote_ident(?), ?, ?)")) {
                    setval.setString(1, parts[0]);
                    setval.setLong(2, parts[1].isEmpty() ? 1 : Long.parseLong(parts[1]));
                    setval.setBoolean(3, !parts[1].isEmpty());
                    setval.execute();
                }
            }
            for (Manifest.Table table : tables) {
                long rows = Schema.rows(connection, table.name());
                if (rows != table.rows()) {
                    throw new SQLException("table " + table.name() + " holds " + rows + " rows after the copy, the"
                            + " manifest says " + table.rows());
                }
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
