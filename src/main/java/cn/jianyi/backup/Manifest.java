package cn.jianyi.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import cn.jianyi.shared.OwnerOnly;

/**
 * What a backup holds ({@code manifest.json}, ADR 0067): the format, the application's version, the database's
 * Flyway schema version and product, when it was made, every table with its row count (in the order a restore loads
 * them) and every file of the backup but the manifest with its SM3 checksum and size.
 */
record Manifest(int format, String application, String schemaVersion, String database, String created,
                List<Table> tables, SortedMap<String, FileEntry> files) {

    static final String FILE = "manifest.json";
    static final int FORMAT = 1;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** A table and its rows at the moment of the backup. */
    record Table(String name, long rows) {
    }

    /** A file of the backup, by its path relative to the backup's folder with '/' between folders. */
    record FileEntry(String sm3, long bytes) {
    }

    long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    Map<String, FileEntry> filesUnder(String folder) {
        return files.subMap(folder + "/", folder + "0");            // '0' follows '/'
    }

    void write(Path folder) {
        try {
            OwnerOnly.write(folder.resolve(FILE), JSON.writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backup's manifest; refused, naming it, when it is missing or cannot be read. */
    static Manifest read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new BackupRefused("备份清单不存在：" + file + "（这不是 bin/jianyi backup 写出的备份目录）");
        }
        try {
            Manifest manifest = JSON.readValue(file.toFile(), Manifest.class);
            if (manifest.format() != FORMAT || manifest.tables() == null || manifest.files() == null
                    || manifest.schemaVersion() == null || manifest.database() == null) {
                throw new BackupRefused("备份清单无法识别：" + FILE + "（格式 " + manifest.format() + "，缺少必需的项）");
            }
            return manifest;
        } catch (JacksonException e) {
            throw new BackupRefused("备份清单无法读取：" + FILE + "（" + e.getOriginalMessage() + "）");
        }
    }
}
