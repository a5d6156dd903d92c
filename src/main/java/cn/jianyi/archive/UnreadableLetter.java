package cn.jianyi.archive;

/** A file that cannot be read as a letter; the message says why, in Chinese, for the file's row of the batch. */
public class UnreadableLetter extends Exception {

    public UnreadableLetter(String message) {
        super(message);
    }

    public UnreadableLetter(String message, Throwable cause) {
        super(message, cause);
    }
}
