package cn.jianyi.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a letter embeds, checked for the consistency a strict reader relies on (ADR 0054), for the command
 * line's {@code fonts: N embedded, all sane}: the glyph count (maxp) agrees with loca and the horizontal metrics, the
 * vertical metrics (if any) with the glyph count, and the OS/2 table is as long as its version says. The tests run
 * OpenType's own sanitizer over the OFD's fonts besides ({@code OfdLetterTests}).
 */
public final class EmbeddedFonts {

    private EmbeddedFonts() {
    }

    /** What the check found: the fonts by name and, for each inconsistent one, why. */
    public record Report(int fonts, List<String> problems) {

        public String summary() {
            return problems.isEmpty() ? "fonts: " + fonts + " embedded, all sane"
                    : "fonts: " + fonts + " embedded, " + problems.size() + " not sane: " + String.join("; ", problems);
        }
    }

    /** The fonts of an OFD package (its .ttf and .otf files). */
    public static Report ofOfd(byte[] ofd) {
        Map<String, byte[]> fonts = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".ttf") || name.endsWith(".otf")) {
                    fonts.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        for (var font : fonts.entrySet()) {
            try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font.getValue()))) {
                problems.addAll(check(font.getKey(), parsed));
            } catch (IOException e) {
                problems.add(font.getKey() + ": unreadable (" + e.getMessage() + ")");
            }
        }
        return new Report(fonts.size(), problems);
    }

    /** The TrueType fonts a PDF embeds (each subset once, however many pages use it). */
    public static Report ofPdf(byte[] pdf) {
        Map<String, TrueTypeFont> fonts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid
                            && cid.isEmbedded() && !fonts.containsKey(type0.getName())) {
                        fonts.put(type0.getName(), cid.getTrueTypeFont());
                    }
                }
            }
            for (var font : fonts.entrySet()) {
                problems.addAll(check(font.getKey(), font.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Report(fonts.size(), problems);
    }

    private static List<String> check(String name, TrueTypeFont font) throws IOException {
        List<String> problems = new ArrayList<>();
        int glyphs = font.getNumberOfGlyphs();
        var loca = font.getIndexToLocation();
        if (loca != null && loca.getOffsets().length != glyphs + 1) {
            problems.add(name + ": loca holds " + (loca.getOffsets().length - 1) + " glyphs, maxp " + glyphs);
        }
        int metrics = font.getHorizontalHeader().getNumberOfHMetrics();
        if (metrics < 1 || metrics > glyphs) {
            problems.add(name + ": " + metrics + " horizontal metrics for " + glyphs + " glyphs");
        }
        TTFTable hmtx = font.getTableMap().get("hmtx");
        if (hmtx != null && hmtx.getLength() < 4L * metrics + 2L * (glyphs - metrics)) {
            problems.add(name + ": hmtx shorter than its glyphs need");
        }
        if (font.getVerticalHeader() != null) {
            int vertical = font.getVerticalHeader().getNumberOfVMetrics();
            TTFTable vmtx = font.getTableMap().get("vmtx");
            if (vertical > glyphs || vmtx != null && vmtx.getLength() > 4L * glyphs) {
                problems.add(name + ": vertical metrics describe more glyphs than the " + glyphs + " it has");
            }
        }
        TTFTable os2 = font.getTableMap().get("OS/2");
        if (os2 != null && font.getOS2Windows() != null) {
            int version = font.getOS2Windows().getVersion();
            long needed = version == 0 ? 78 : version == 1 ? 86 : version <= 4 ? 96 : 100;
            if (os2.getLength() < needed) {
                problems.add(name + ": OS/2 version " + version + " in " + os2.getLength() + " bytes (needs "
                        + needed + ")");
            }
        }
        return problems;
    }
}
