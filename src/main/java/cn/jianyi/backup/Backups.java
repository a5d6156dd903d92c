package cn.jianyi.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import cn.jianyi.shared.OwnerOnly;

/**
 * {@code bin/jianyi backup DIR} and {@code bin/jianyi restore DIR} (ADR 0067). A backup folder holds
 * {@code database/} (the dump: {@link H2Script} or {@link PostgresCopy}), {@code keys/} (the feedback signing key
 * folder, {@code JIANYI_KEY_DIR}) and {@code seals/} (the seal folder, {@code JIANYI_SEAL_DIR}), each apart (ADR
 * 0018, 0041), and {@code manifest.json}; everything owner-only. A restore checks the whole backup against its
 * manifest before it touches anything, then the database (which must be empty, unless forced, and of the backup's
 * schema version), then the folders (an existing file that differs is refused, unless forced).
 */
@Service
public class Backups {

    static final String DATABASE = "database";
    static final String KEYS = "keys";
    static final String SEALS = "seals";

    private final DataSource dataSource;
    private final Path keyDir;
    private final Path sealDir;
    private final Clock clock;

    /** What a backup wrote. */
    public record BackupDone(Path folder, String database, String schemaVersion, int tables, long rows, int keyFiles,
                             int sealFiles, int files) {
    }

    /** What a restore put back. */
    public record RestoreDone(String database, String schemaVersion, int tables, long rows, int keyFiles,
                              int sealFiles, int filesUnchanged, Map<String, Long> rowsPerTable) {
    }

    @Autowired
    Backups(DataSource dataSource, @Value("${jianyi.feedback.signing-key-dir}") String keyDir,
            @Value("${jianyi.documents.seal-dir}") String sealDir, Clock clock) {
        this(dataSource, Path.of(keyDir), Path.of(sealDir), clock);
    }

    Backups(DataSource dataSource, Path keyDir, Path sealDir, Clock clock) {
        this.dataSource = dataSource;
        this.keyDir = keyDir.toAbsolutePath().normalize();
        this.sealDir = sealDir.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** Writes a backup into the folder, which must not exist or be empty; says what it does as it goes. */
    public BackupDone backup(Path folder, Consumer<String> progress) {
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
                throw new BackupRefused("备份目录不是空目录：" + folder + "（备份只写入新的或空的目录，不覆盖已有文件）");
            }
            OwnerOnly.folder(folder);
            Path database = OwnerOnly.folder(folder.resolve(DATABASE));
            List<Manifest.Table> tables;
            String product;
            String version;
            try (Connection connection = dataSource.getConnection()) {
                product = connection.getMetaData().getDatabaseProductName();
                DatabaseDump dump = DatabaseDump.of(product);
                version = Schema.flywayVersion(connection).orElseThrow(() ->
                        new BackupRefused("数据库没有 Flyway 迁移记录（flyway_schema_history），不是 Jianyi 的数据库"));
                progress.accept("backup: database (" + product + ", schema version " + version + ")…");
                tables = dump.export(connection, database);
            }
            long rows = tables.stream().mapToLong(Manifest.Table::rows).sum();
            progress.accept("backup: database: " + tables.size() + " tables, " + rows + " rows");
            int keyFiles = copyFolder(keyDir, OwnerOnly.folder(folder.resolve(KEYS)));
            progress.accept("backup: keys: " + keyFiles + " file(s) from " + keyDir);
            int sealFiles = copyFolder(sealDir, OwnerOnly.folder(folder.resolve(SEALS)));
            progress.accept("backup: seals: " + sealFiles + " file(s) from " + sealDir);
            TreeMap<String, Manifest.FileEntry> files = new TreeMap<>();
            for (Path file : files(folder)) {
                files.put(relative(folder, file), new Manifest.FileEntry(Sm3.of(file), Files.size(file)));
            }
            new Manifest(Manifest.FORMAT, applicationVersion(), version, product,
                    Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), tables, files).write(folder);
            progress.accept("backup: manifest: " + files.size() + " files with their SM3 checksums");
            return new BackupDone(folder, product, version, tables.size(), rows, keyFiles, sealFiles, files.size());
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts a backup back: refused (nothing changed) when a file fails its checksum, is missing or is not in the
     * manifest, when the database is of another product or schema version, when it is not empty or a key or seal file
     * exists and differs, unless {@code force}.
     */
    public RestoreDone restore(Path folder, boolean force, Consumer<String> progress) {
        try {
            Manifest manifest = checked(folder);
            progress.accept("restore: " + manifest.files().size() + " files match the manifest's SM3 checksums"
                    + " (backup of " + manifest.created() + ", " + manifest.database() + ", schema version "
                    + manifest.schemaVersion() + ", application " + manifest.application() + ")");
            List<String> conflicts = new ArrayList<>();
            conflicts.addAll(conflicts(folder, manifest, KEYS, keyDir));
            conflicts.addAll(conflicts(folder, manifest, SEALS, sealDir));
            Map<String, Long> rowsPerTable = new TreeMap<>();
            try (Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName();
                if (!product.equals(manifest.database())) {
                    throw new BackupRefused("备份来自 " + manifest.database() + " 数据库，不能恢复到 " + product
                            + " 数据库");
                }
                DatabaseDump dump = DatabaseDump.of(product);
                boolean noTables = Schema.tables(connection).isEmpty();
                Map<String, Long> notEmpty = noTables ? Map.of() : Schema.notEmpty(connection);
                if (!noTables) {
                    String version = Schema.flywayVersion(connection).orElse("（无）");
                    if (!version.equals(manifest.schemaVersion())) {
                        throw new BackupRefused("数据库结构版本不同：备份为 " + manifest.schemaVersion() + "，目标数据库为 "
                                + version + "（请用制作备份的同一版本 Jianyi 恢复到新建的空数据库，再升级）");
                    }
                    if (!notEmpty.isEmpty() && !force) {
                        throw new BackupRefused("目标数据库不是空的：" + notEmpty.entrySet().stream().limit(5)
                                .map(table -> "表 " + table.getKey() + " 有 " + table.getValue() + " 行")
                                .collect(Collectors.joining("，")) + (notEmpty.size() > 5 ? " 等 " + notEmpty.size()
                                + " 张表" : "") + "（恢复到空数据库；确需覆盖其中的数据时加 --force）");
                    }
                }
                if (!conflicts.isEmpty() && !force) {
                    throw new BackupRefused("密钥或印章文件已存在且与备份不同：" + String.join("，", conflicts)
                            + "（确需用备份覆盖时加 --force）");
                }
                if (noTables) {
                    progress.accept("restore: the database has no tables: migrating it to schema version "
                            + manifest.schemaVersion() + "…");
                    migrate(manifest.schemaVersion());
                    if (!Schema.notEmpty(connection).isEmpty()) {
                        throw new IllegalStateException("the migrations filled tables the backup does not expect: "
                                + Schema.notEmpty(connection).keySet());
                    }
                }
                if (!notEmpty.isEmpty()) {
                    progress.accept("restore: --force: replacing the rows of " + notEmpty.size() + " table(s)");
                }
                progress.accept("restore: database (" + manifest.tables().size() + " tables, " + manifest.rows()
                        + " rows)…");
                dump.load(connection, folder.resolve(DATABASE), manifest.tables());
                for (Manifest.Table table : manifest.tables()) {
                    long rows = Schema.rows(connection, table.name());
                    if (rows != table.rows()) {
                        throw new IllegalStateException("restore: table " + table.name() + " holds " + rows
                                + " rows, the manifest says " + table.rows());
                    }
                    rowsPerTable.put(table.name(), rows);
                }
            }
            progress.accept("restore: database: " + manifest.tables().size() + " tables, " + manifest.rows()
                    + " rows, as the manifest counts them");
            int[] keys = restoreFolder(folder, manifest, KEYS, keyDir);
            progress.accept("restore: keys: " + keys[0] + " file(s) written to " + keyDir + ", " + keys[1]
                    + " already there and identical");
            int[] seals = restoreFolder(folder, manifest, SEALS, sealDir);
            progress.accept("restore: seals: " + seals[0] + " file(s) written to " + sealDir + ", " + seals[1]
                    + " already there and identical");
            return new RestoreDone(manifest.database(), manifest.schemaVersion(), manifest.tables().size(),
                    manifest.rows(), keys[0], seals[0], keys[1] + seals[1], rowsPerTable);
        } catch (SQLException e) {
            throw new IllegalStateException("restore failed (the database is as it was on PostgreSQL; on H2 restore"
                    + " again with --force): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest, once every file of the backup matches it: none missing, none altered, none added. */
    static Manifest checked(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new BackupRefused("备份目录不存在：" + folder);
        }
        Manifest manifest = Manifest.read(folder);
        for (var file : manifest.files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                throw new BackupRefused("备份缺少文件：" + file.getKey() + "（清单中有，目录中没有）");
            }
            if (Files.size(path) != file.getValue().bytes() || !Sm3.of(path).equals(file.getValue().sm3())) {
                throw new BackupRefused("备份文件校验失败：" + file.getKey() + "（SM3 校验值与清单不符，文件已被改动或损坏）");
            }
        }
        for (Path file : files(folder)) {
            String name = relative(folder, file);
            if (!manifest.files().containsKey(name)) {
                throw new BackupRefused("备份中有清单未列出的文件：" + name);
            }
        }
        return manifest;
    }

    private void migrate(String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load()
                .migrate();
    }

    /** The backup's files under one folder that exist in the target folder with other content. */
    private static List<String> conflicts(Path folder, Manifest manifest, String name, Path target) {
        List<String> conflicts = new ArrayList<>();
        for (var file : manifest.filesUnder(name).entrySet()) {
            Path existing = target.resolve(file.getKey().substring(name.length() + 1));
            if (Files.exists(existing) && !Sm3.of(existing).equals(file.getValue().sm3())) {
                conflicts.add(existing.toString());
            }
        }
        return conflicts;
    }

    /** Copies the backup's files of one folder into the target; returns {written, already identical}. */
    private static int[] restoreFolder(Path folder, Manifest manifest, String name, Path target)
            throws IOException {
        int written = 0;
        int same = 0;
        for (var file : manifest.filesUnder(name).entrySet()) {
            Path to = target.resolve(file.getKey().substring(name.length() + 1));
            if (Files.exists(to) && Sm3.of(to).equals(file.getValue().sm3())) {
                same++;
                continue;
            }
            OwnerOnly.folder(to.toAbsolutePath().getParent());
            OwnerOnly.write(to, Files.readAllBytes(folder.resolve(file.getKey())));
            written++;
        }
        return new int[] {written, same};
    }

    /** Copies every file under the source (absent: none) into the target, owner-only; returns how many. */
    private static int copyFolder(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            return 0;
        }
        int copied = 0;
        for (Path file : files(source)) {
            Path to = target.resolve(source.relativize(file).toString());
            OwnerOnly.folder(to.toAbsolutePath().getParent());
            OwnerOnly.write(to, Files.readAllBytes(file));
            copied++;
        }
        return copied;
    }

    /** Every regular file under the folder but the manifest, by name. */
    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).filter(path -> !path.equals(folder.resolve(Manifest.FILE)))
                    .sorted().toList();
        }
    }

    private static String relative(Path folder, Path file) {
        return String.join("/", Arrays.stream(folder.relativize(file).toString().split("[/\\\\]")).toList());
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String applicationVersion() {
        return Optional.ofNullable(Backups.class.getPackage().getImplementationVersion()).orElse("development");
    }
}
