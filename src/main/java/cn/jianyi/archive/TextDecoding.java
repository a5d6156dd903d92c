package cn.jianyi.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes to text the way Chinese files come: a byte order mark decides (UTF-8, UTF-16); otherwise strict UTF-8 (or
 * UTF-8 with one or two bad sequences in a long text, e.g. cut at the end), and when that fails strict GB18030 (a
 * superset of GBK and GB2312). Text that is mostly control or replacement characters
 * is no text at all.
 */
final class TextDecoding {

    /** GB18030, which every GB2312 and GBK byte sequence also is. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** The text, or empty when no charset decodes the bytes cleanly. */
    static Optional<String> decode(byte[] content) {
        Optional<Charset> bom = byteOrderMark(content);
        if (bom.isPresent()) {
            int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            return strict(content, skip, bom.get());
        }
        Optional<String> utf8 = strict(content, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8;
        }
        // UTF-8 cut within a character (a truncated download) or with a stray byte: still UTF-8, which GB18030 would
        // also decode, into nonsense; GBK text read as UTF-8 has a bad sequence nearly every Chinese character
        String lenient = new String(content, StandardCharsets.UTF_8);
        long bad = lenient.chars().filter(c -> c == 0xFFFD).count();
        if (bad <= 2 && bad * 100 < lenient.length()) {
            return Optional.of(lenient.replace("\ufffd", ""));
        }
        return strict(content, 0, GB18030);
    }

    /** The charset a byte order mark at the start names. */
    static Optional<Charset> byteOrderMark(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** The bytes from {@code offset} in the charset, or empty when any byte sequence is malformed or unmappable. */
    static Optional<String> strict(byte[] content, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the text looks like binary data decoded as text: more than one character in twenty a control
     * character (other than tab, line breaks and form feed), a replacement character or a private-use one.
     */
    static boolean looksBinary(String text) {
        if (text.isEmpty()) {
            return false;
        }
        long odd = text.codePoints().filter(TextDecoding::isOdd).count();
        return odd * 20 > text.codePointCount(0, text.length());
    }

    private static boolean isOdd(int c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            return false;
        }
        return Character.isISOControl(c) || c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE;
    }
}
