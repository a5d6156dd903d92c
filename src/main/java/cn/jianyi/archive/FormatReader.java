package cn.jianyi.archive;

import java.io.IOException;

import org.apache.tika.mime.MediaType;

/** The text of one file format that {@link LetterReader} dispatches to by the detected type. */
interface FormatReader {

    /** The format's short name, as {@link LetterText#format()} reports it ({@code pdf}, {@code docx}, {@code html}). */
    String format();

    /** Whether this reader takes content of the detected type. */
    boolean reads(MediaType type);

    /**
     * The raw text, before {@link LetterReader} normalizes and checks it; {@code file} is the name, for messages.
     *
     * @throws UnreadableLetter with the reason in Chinese when the file is not a readable letter of this format
     * @throws IOException when the library fails on damaged content (reported by {@link LetterReader} as damaged)
     */
    String text(byte[] content, String file) throws IOException, UnreadableLetter;
}
