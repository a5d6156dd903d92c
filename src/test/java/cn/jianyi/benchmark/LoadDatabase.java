package cn.jianyi.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The load benchmark's embedded PostgreSQL 17 (ADR 0070): its data directory lives under {@code target/load-db}, kept
 * between runs, so that a generated database (a million cases take minutes) is reused by the next run; one database per
 * size ({@code jianyi_100000}), migrated by the application's own Flyway scripts. {@code pg_stat_statements} is
 * preloaded: the benchmark reads the page's statements and their execution times from it.
 */
final class LoadDatabase implements AutoCloseable {

    static final Path DIRECTORY = Path.of("target", "load-db");

    private final EmbeddedPostgres server;
    private final String name;

    private LoadDatabase(EmbeddedPostgres server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Starts the server on the kept data directory (made on first use) and creates the size's database if missing. */
    static LoadDatabase start(int suggestions) {
        try {
            Files.createDirectories(DIRECTORY);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(DIRECTORY.resolve("data"))
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(DIRECTORY.resolve("work").toFile())
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "top")
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "8MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("synchronous_commit", "off")
                    // the capture pass turns log_statement on for one page at a time; its lines go to data/log
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", "log")
                    .setServerConfig("log_filename", "postgresql.log")
                    .setServerConfig("log_rotation_size", "0")
                    .setServerConfig("log_rotation_age", "0")
                    .start();
            String name = "jianyi_" + suggestions;
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement();
                 var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + name + " encoding 'UTF8' template template0");
                }
            }
            LoadDatabase database = new LoadDatabase(server, name);
            try (Connection connection = database.connect(); var statement = connection.createStatement()) {
                statement.execute("create extension if not exists pg_stat_statements");
                // the log lines' prefix the capture pass reads (a server option cannot carry its spaces)
                statement.execute("alter system set log_line_prefix = '%m [%p] '");
                statement.execute("select pg_reload_conf()");
            }
            Flyway.configure().dataSource(database.url(), "postgres", "postgres")
                    .locations("classpath:db/migration").load().migrate();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + DIRECTORY, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the load database", e);
        }
    }

    String url() {
        return server.getJdbcUrl("postgres", name);
    }

    int port() {
        return server.getPort();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url() + "&reWriteBatchedInserts=true", "postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
