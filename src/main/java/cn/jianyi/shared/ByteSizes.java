package cn.jianyi.shared;

import java.util.Locale;

/** Byte counts as people read them in messages. */
public final class ByteSizes {

    private ByteSizes() {
    }

    /** {@code 512 字节}, {@code 12.5 KB}, {@code 52.4 MB}, {@code 20 MB}. */
    public static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        double megabytes = bytes / (1024.0 * 1024);
        return megabytes == Math.rint(megabytes) ? String.format(Locale.ROOT, "%.0f MB", megabytes)
                : String.format(Locale.ROOT, "%.1f MB", megabytes);
    }
}
