package cn.jianyi.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import cn.jianyi.shared.OwnerOnly;

/**
 * H2: the database's own {@code SCRIPT} (tables, constraints, identities where they stand, every row), read in one
 * repeatable-read transaction and written by the application into {@code database/h2-script.sql}; loaded back with
 * {@code RUNSCRIPT}, which drops and re-creates each table.
 */
final class H2Script implements DatabaseDump {

    static final String PRODUCT = "H2";
    static final String FILE = "h2-script.sql";

    @Override
    public String product() {
        return PRODUCT;
    }

    @Override
    public List<Manifest.Table> export(Connection connection, Path folder) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            List<Manifest.Table> tables = new ArrayList<>();
            for (String table : Schema.tables(connection)) {
                tables.add(new Manifest.Table(table, Schema.rows(connection, table)));
            }
            Path file = folder.resolve(FILE);
            OwnerOnly.write(file, new byte[0]);
            try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                         StandardCharsets.UTF_8));
                 Statement statement = connection.createStatement();
                 ResultSet script = statement.executeQuery("script nopasswords nosettings drop")) {
                while (script.next()) {
                    out.write(script.getString(1));
                    out.newLine();
                }
            }
            connection.commit();
            return tables;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    @Override
    public void load(Connection connection, Path folder, List<Manifest.Table> tables) throws SQLException {
        String file = folder.resolve(FILE).toAbsolutePath().toString().replace("'", "''");
        try (Statement statement = connection.createStatement()) {
            statement.execute("runscript from '" + file + "' charset 'UTF-8'");
        }
    }
}
