package cn.jianyi.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A TrueType font cut down to the characters a document draws, in a form a strict reader accepts (ADR 0054;
 * OpenType's {@code ots-sanitize} is the check): the tables that describe the kept glyphs, and nothing that points at
 * glyphs the subset no longer has.
 * <ul>
 * <li>fontbox's subsetter keeps only {@link #KEPT}: the glyph outlines and their metrics, the character map, the names
 * and the hinting tables. The layout tables (GDEF, GPOS, GSUB), the vertical metrics (vhea, vmtx) and the rest refer
 * to the whole font's glyph ids: kept, they made every subset fail the sanitizer. A letter is set horizontally and
 * its positions are fixed by the layout, so they carry nothing the letter needs.</li>
 * <li>fontbox writes the OS/2 table's first 78 bytes (version 0's fields) under the font's own version number (1 to
 * 4): the original table is put back whole, with the subset's first and last character indices.</li>
 * </ul>
 */
final class FontSubsets {

    /** The tables a subset keeps (fontbox builds the first ten; it copies the hinting tables as they are). */
    static final List<String> KEPT = List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "post", "glyf", "loca",
            "hmtx", "cvt ", "fpgm", "prep", "gasp");

    private static final int OS2_FIRST_CHAR_INDEX = 64;   // usFirstCharIndex, then usLastCharIndex (uint16 each)
    private static final int HEAD_CHECKSUM_ADJUSTMENT = 8;

    private FontSubsets() {
    }

    /** The font cut down to these code points (of the Basic Multilingual Plane: fontbox writes a BMP cmap only). */
    static byte[] subset(TrueTypeFont font, Set<Integer> codePoints) throws IOException {
        var subsetter = new TTFSubsetter(font, KEPT);
        subsetter.addAll(codePoints);
        var out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        byte[] subset = out.toByteArray();
        TTFTable os2 = font.getTableMap().get("OS/2");
        if (os2 == null) {
            return subset;
        }
        byte[] whole = font.getTableBytes(os2).clone();
        byte[] written = table(subset, "OS/2");
        if (written == null || written.length < OS2_FIRST_CHAR_INDEX + 4 || whole.length < OS2_FIRST_CHAR_INDEX + 4) {
            return subset;
        }
        System.arraycopy(written, OS2_FIRST_CHAR_INDEX, whole, OS2_FIRST_CHAR_INDEX, 4);
        return replace(subset, "OS/2", whole);
    }

    /** One table's bytes, or {@code null} when the font has none of that tag. */
    static byte[] table(byte[] font, String tag) {
        for (Record r : records(font)) {
            if (r.tag.equals(tag)) {
                byte[] bytes = new byte[r.length];
                System.arraycopy(font, r.offset, bytes, 0, r.length);
                return bytes;
            }
        }
        return null;
    }

    /**
     * The font with one table's bytes replaced: the tables laid out again in their order, each on a four-byte
     * boundary, with their checksums and the font's checksum adjustment (in head) computed anew.
     */
    static byte[] replace(byte[] font, String tag, byte[] bytes) {
        List<Record> records = records(font);
        List<byte[]> bodies = new ArrayList<>();
        for (Record r : records) {
            byte[] body = r.tag.equals(tag) ? bytes : java.util.Arrays.copyOfRange(font, r.offset, r.offset + r.length);
            if (r.tag.equals("head")) {
                body = body.clone();
                ByteBuffer.wrap(body).putInt(HEAD_CHECKSUM_ADJUSTMENT, 0);
            }
            bodies.add(body);
        }
        int directory = 12 + 16 * records.size();
        // bodies in the order they stood in the file; the directory stays sorted by tag, as it was
        List<Integer> byOffset = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            byOffset.add(i);
        }
        byOffset.sort(Comparator.comparingInt(i -> records.get(i).offset));
        int[] offsets = new int[records.size()];
        int at = directory;
        for (int i : byOffset) {
            offsets[i] = at;
            at += padded(bodies.get(i).length);
        }
        ByteBuffer out = ByteBuffer.allocate(at);
        out.put(font, 0, 12);
        for (int i = 0; i < records.size(); i++) {
            out.put(records.get(i).tag.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.putInt((int) checksum(bodies.get(i)));
            out.putInt(offsets[i]);
            out.putInt(bodies.get(i).length);
        }
        for (int i : byOffset) {
            out.position(offsets[i]);
            out.put(bodies.get(i));
        }
        byte[] result = out.array();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).tag.equals("head")) {
                long adjustment = (0xB1B0AFBAL - checksum(result)) & 0xFFFFFFFFL;
                ByteBuffer.wrap(result).putInt(offsets[i] + HEAD_CHECKSUM_ADJUSTMENT, (int) adjustment);
            }
        }
        return result;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    /** The sum of the data as big-endian 32-bit words, the last one padded with zeros. */
    private static long checksum(byte[] data) {
        long sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < data.length ? data[i + j] & 0xFF : 0);
            }
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }

    private record Record(String tag, int offset, int length) {
    }

    private static List<Record> records(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = Short.toUnsignedInt(in.getShort(4));
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            String tag = new String(font, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            records.add(new Record(tag, in.getInt(at + 8), in.getInt(at + 12)));
        }
        return records;
    }
}
