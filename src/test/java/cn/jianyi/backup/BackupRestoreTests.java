package cn.jianyi.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.jianyi.demo.DemoReference;
import cn.jianyi.documents.LetterDocuments;
import cn.jianyi.documents.LetterFormat;
import cn.jianyi.documents.UnitSeals;
import cn.jianyi.feedback.FeedbackVerification;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.shared.HeldInMemory;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestDatabases;

/**
 * {@code bin/jianyi backup DIR} and {@code bin/jianyi restore DIR} (ADR 0067) on the demo data: a backup restored into
 * an empty database holds every row of every table (Flyway's history too), and on the restored data the feedback
 * signatures and the letters' seal still verify; a tampered, incomplete or padded backup, a backup of another schema
 * version or database product, a non-empty database and a key file that differs are refused, naming what is wrong,
 * and change nothing.
 */
@OnPostgres
@IntegrationTest(properties = "jianyi.demo.enabled=true")
class BackupRestoreTests {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String DEMO_UNIT = "南昌市新建区卫生健康委员会";

    @Autowired DataSource dataSource;
    @Autowired Backups backups;
    @Autowired Clock clock;
    @Autowired ApplicationContext context;
    @Autowired FeedbackVerification verification;
    @Autowired DemoReference demo;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;
    @Autowired LetterDocuments documents;
    @Autowired UnitSeals seals;
    @Value("${jianyi.feedback.signing-key-dir}") Path keyDir;
    @Value("${jianyi.documents.seal-dir}") Path sealDir;

    /** One backup of the demo for the class's tests (which leave the demo data as it was), made by the first. */
    @TempDir static Path shared;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void restoresTheDemoIntoAnEmptyDatabaseRowForRow(@TempDir Path temp) throws Exception {
        Map<String, List<String>> before = rows(dataSource);
        Path backup = backup();
        Manifest manifest = Manifest.read(backup);
        assertThat(manifest.files()).containsKey("keys/feedback-sm2.key")
                .containsKey(TestDatabases.onPostgres() ? "database/tables/suggestions.copy" : "database/h2-script.sql")
                .allSatisfy((name, file) -> assertThat(file.sm3()).hasSize(64));
        assertThat(manifest.files().keySet()).anyMatch(name -> name.startsWith("seals/") && name.endsWith("signer.key"));
        assertThat(manifest.tables()).extracting(Manifest.Table::name).containsExactlyInAnyOrderElementsOf(
                before.keySet());
        assertThat(manifest.tables()).filteredOn(table -> !table.name().equals("shedlock")).allSatisfy(table ->
                assertThat(table.rows()).as(table.name()).isEqualTo(before.get(table.name()).size()));
        assertThat(manifest.database()).isEqualTo(TestDatabases.onPostgres() ? "PostgreSQL" : "H2");
        assertThat(manifest.schemaVersion()).matches("[\\d.]+");
        assertOwnerOnly(backup);

        DataSource empty = emptyDatabase();
        Path keys = temp.resolve("restored-keys");
        Path seals = temp.resolve("restored-seals");
        assertThat(run(new Backups(empty, keys, seals, clock), "restore", backup.toString())).as(err()).isZero();

        assertThat(out()).contains("migrating it to schema version " + manifest.schemaVersion())
                .containsPattern("(?m)^  suggestions +" + before.get("suggestions").size() + "$")
                .contains("restore: done: " + manifest.database() + ", schema version " + manifest.schemaVersion());
        Map<String, List<String>> restored = rows(empty);
        assertThat(restored.keySet()).isEqualTo(before.keySet());
        before.forEach((table, rows) -> {
            if (!table.equals("shedlock")) {          // the running application's scheduler moves its lock rows
                assertThat(restored.get(table)).as(table).isEqualTo(rows);
            }
        });
        assertThat(restored.get("flyway_schema_history")).isNotEmpty();
        assertThat(restored.get("feedbacks")).isNotEmpty();
        assertSameFiles(keyDir, keys);
        assertSameFiles(sealDir, seals);
    }

    @Test
    void theRestoredDataAndFoldersStillVerify(@TempDir Path temp) throws Exception {
        Path backup = backup();
        Map<String, List<String>> before = rows(dataSource);

        // the application's own database is not empty: refused without --force, nothing changed
        assertThat(run(backups, "restore", backup.toString())).isEqualTo(1);
        assertThat(err()).contains("restore: 拒绝：目标数据库不是空的：").contains("--force");
        assertThat(withoutLocks(rows(dataSource))).isEqualTo(withoutLocks(before));

        // the key and seal folders lost: restored from the backup, the database's rows replaced with --force
        deleteFolder(keyDir);
        deleteFolder(sealDir);
        assertThat(run(backups, "restore", "--force", backup.toString())).as(err()).isZero();
        context.getBeansOfType(HeldInMemory.class).values().forEach(HeldInMemory::forget);

        assertThat(withoutLocks(rows(dataSource))).isEqualTo(withoutLocks(before));
        assertSameFiles(backup.resolve("keys"), keyDir);
        assertSameFiles(backup.resolve("seals"), sealDir);
        FeedbackVerification.Result feedback = verification.verifyAll();
        assertThat(feedback.verified()).isPositive();
        assertThat(feedback.altered()).isEmpty();
        assertThat(documents.sealStatus(renderSealedLetter(temp))).startsWith("seal: verifies");
        assertSameFiles(backup.resolve("seals"), sealDir);      // the restored seal sealed it, none was made anew
    }

    @Test
    void refusesABackupThatDoesNotMatchItsManifest(@TempDir Path temp) throws Exception {
        Path backup = temp.resolve("backup");
        copyFolder(backup(), backup);
        Map<String, List<String>> before = rows(dataSource);
        String dump = TestDatabases.onPostgres() ? "database/tables/suggestions.copy" : "database/h2-script.sql";
        Path file = backup.resolve(dump);
        byte[] original = Files.readAllBytes(file);

        Files.write(file, Arrays.copyOf(original, original.length - 2));
        assertRefused(backup, "备份文件校验失败：" + dump);
        byte[] altered = original.clone();
        altered[altered.length / 2] ^= 1;                    // same size, one bit
        Files.write(file, altered);
        assertRefused(backup, "备份文件校验失败：" + dump);
        Files.delete(file);
        assertRefused(backup, "备份缺少文件：" + dump);
        Files.write(file, original);
        Files.writeString(backup.resolve("keys/extra.key"), "x");
        assertRefused(backup, "备份中有清单未列出的文件：keys/extra.key");
        Files.delete(backup.resolve("keys/extra.key"));

        Path manifestFile = backup.resolve(Manifest.FILE);
        String manifest = Files.readString(manifestFile);
        String version = Manifest.read(backup).schemaVersion();
        Files.writeString(manifestFile, manifest.replace("\"schemaVersion\" : \"" + version + "\"",
                "\"schemaVersion\" : \"1\""));
        assertRefused(backup, "数据库结构版本不同：备份为 1，目标数据库为 " + version);
        String product = TestDatabases.onPostgres() ? "PostgreSQL" : "H2";
        String other = TestDatabases.onPostgres() ? "H2" : "PostgreSQL";
        Files.writeString(manifestFile, manifest.replace("\"database\" : \"" + product + "\"",
                "\"database\" : \"" + other + "\""));
        assertRefused(backup, "备份来自 " + other + " 数据库，不能恢复到 " + product + " 数据库");
        Files.delete(manifestFile);
        assertRefused(backup, "备份清单不存在");

        assertThat(withoutLocks(rows(dataSource))).isEqualTo(withoutLocks(before));
    }

    @Test
    void refusesADifferingKeyFileAndANonEmptyBackupFolder(@TempDir Path temp) throws Exception {
        Path backup = backup();
        assertThat(run(backups, "backup", backup.toString())).isEqualTo(1);
        assertThat(err()).contains("backup: 拒绝：备份目录不是空目录：" + backup);

        Path keys = Files.createDirectories(temp.resolve("other-keys"));
        Files.writeString(keys.resolve("feedback-sm2.key"), "another key");
        DataSource empty = emptyDatabase();
        assertThat(run(new Backups(empty, keys, temp.resolve("seals"), clock), "restore", backup.toString()))
                .isEqualTo(1);
        assertThat(err()).contains("restore: 拒绝：密钥或印章文件已存在且与备份不同：" + keys.resolve("feedback-sm2.key"));
        assertThat(Files.readString(keys.resolve("feedback-sm2.key"))).isEqualTo("another key");
        try (Connection connection = empty.getConnection()) {
            assertThat(Schema.tables(connection)).isEmpty();                 // not even migrated
        }
        assertThat(temp.resolve("seals")).doesNotExist();
    }

    /** The class's backup of the demo (the demo unit's seal made first: it is made on first use). */
    private Path backup() {
        Path backup = shared.resolve("backup");
        if (Files.exists(backup)) {
            return backup;
        }
        seals.of(DEMO_UNIT).orElseThrow();
        assertThat(run(backups, "backup", backup.toString())).as(err()).isZero();
        assertThat(out()).containsPattern("backup: database: \\d+ tables").contains("backup: keys: 1 file(s)")
                .containsPattern("backup: seals: [1-9]\\d* file\\(s\\)").contains("backup: done: " + backup);
        return backup;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    private void assertRefused(Path backup, String reason) {
        err.reset();
        assertThat(run(backups, "restore", "--force", backup.toString())).isEqualTo(1);
        assertThat(err()).contains("restore: 拒绝：" + reason);
    }

    private int run(Backups with, String... args) {
        out.reset();
        err.reset();
        var command = new cn.jianyi.cli.CommandLineForTests(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(with, List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The demo's reference letter as a sealed OFD, rendered from the database with the seal folder. */
    private Path renderSealedLetter(Path temp) throws IOException {
        var letter = letters.of(replyQueries.latestSigned(demo.suggestionId().orElseThrow()).orElseThrow());
        Path ofd = Files.createTempFile(temp, "reply", ".ofd");
        Files.write(ofd, documents.render(LetterFormat.OFD, letter));
        return ofd;
    }

    /** A new database without a table: on the embedded PostgreSQL server, or in memory on H2. */
    private static DataSource emptyDatabase() {
        int n = DATABASES.incrementAndGet();
        if (TestDatabases.onPostgres()) {
            Map<String, Object> database = TestDatabases.postgresDatabase("jianyi_restored_" + ProcessHandle.current()
                    .pid() + "_" + n);
            return new DriverManagerDataSource((String) database.get("spring.datasource.url"), "postgres",
                    "postgres");
        }
        return new DriverManagerDataSource("jdbc:h2:mem:restored-" + n + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** Every table's rows, all columns, each row as text, sorted. */
    private static Map<String, List<String>> rows(DataSource dataSource) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : Schema.tables(connection)) {
                List<String> rows = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("select * from " + table)) {
                    ResultSetMetaData metadata = result.getMetaData();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= metadata.getColumnCount(); i++) {
                            Object value = result.getObject(i);
                            row.append(metadata.getColumnName(i).toLowerCase()).append('=')
                                    .append(value instanceof byte[] bytes ? Arrays.toString(bytes) : value)
                                    .append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        return tables;
    }

    private static Map<String, List<String>> withoutLocks(Map<String, List<String>> rows) {
        Map<String, List<String>> without = new TreeMap<>(rows);
        without.remove("shedlock");
        return without;
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        Map<String, String> a = contents(expected);
        assertThat(a).isNotEmpty();
        assertThat(contents(actual)).isEqualTo(a);
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), Sm3.of(file));
            }
        }
        return contents;
    }

    private static void assertOwnerOnly(Path backup) throws IOException {
        try (Stream<Path> paths = Files.walk(backup)) {
            for (Path path : paths.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                        .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }
}
