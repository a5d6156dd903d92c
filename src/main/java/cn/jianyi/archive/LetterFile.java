package cn.jianyi.archive;

/**
 * One file of an upload, as {@link LetterArchives#expand} gives it: its base name (no folders), its bytes, and the
 * reason in Chinese it was refused, or {@code null}. A refused file has no content (an empty array); check
 * {@link #refused()} before reading it.
 */
public record LetterFile(String name, byte[] content, String error) {

    /** A file taken in. */
    public static LetterFile of(String name, byte[] content) {
        return new LetterFile(name, content, null);
    }

    /** A file refused, with the reason. */
    public static LetterFile refused(String name, String error) {
        return new LetterFile(name, new byte[0], error);
    }

    public boolean refused() {
        return error != null;
    }
}
