package cn.jianyi.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code jianyi.archive.*}: how much of an upload the archive reads. A single letter file, and each file inside a
 * ZIP once decompressed, may be at most {@code maxFileSize}; a ZIP may hold at most {@code maxArchiveEntries} files
 * and {@code maxArchiveSize} in all once decompressed (the upload itself is refused above that size too).
 *
 * @param maxFileSize        the largest letter file read (default 20 MB)
 * @param maxArchiveEntries  the most files expanded from one ZIP (default 500)
 * @param maxArchiveSize     the most bytes decompressed from one ZIP in all (default 100 MB)
 */
@ConfigurationProperties("jianyi.archive")
public record ArchiveSettings(@DefaultValue("20MB") DataSize maxFileSize,
                              @DefaultValue("500") int maxArchiveEntries,
                              @DefaultValue("100MB") DataSize maxArchiveSize) {

    public ArchiveSettings {
        if (maxFileSize.toBytes() <= 0 || maxArchiveEntries <= 0 || maxArchiveSize.toBytes() <= 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }

    /** The defaults, for code that runs without the application context. */
    public static ArchiveSettings defaults() {
        return new ArchiveSettings(DataSize.ofMegabytes(20), 500, DataSize.ofMegabytes(100));
    }
}
