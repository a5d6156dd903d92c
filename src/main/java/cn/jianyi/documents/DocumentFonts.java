package cn.jianyi.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import org.springframework.stereotype.Component;

/**
 * The font files behind the official documents' faces. A licensed font in the configured directory (仿宋_GB2312 and
 * the like, as TrueType) takes precedence; otherwise the free fonts prepared by {@code bin/prepare-fonts}: Fandol
 * 仿宋/宋/黑/楷, LXGW WenKai as the fallback for characters the Fandol fonts lack (rare name characters), and Symbola
 * for emoji and symbols no Chinese face has.
 */
@Component
public class DocumentFonts {

    /** A face of the documents: its CSS family, the licensed file names tried first, then the free file. */
    public enum Face {
        FANGSONG("FangSong", List.of("仿宋_GB2312.ttf", "FangSong_GB2312.ttf", "simfang.ttf"), "FandolFang-Regular.ttf"),
        XIAOBIAOSONG("XiaoBiaoSong", List.of("方正小标宋简体.ttf", "FZXBSJW.ttf"), "FandolSong-Bold.ttf"),
        HEITI("HeiTi", List.of("黑体.ttf", "simhei.ttf"), "FandolHei-Regular.ttf"),
        KAITI("KaiTi", List.of("楷体_GB2312.ttf", "KaiTi_GB2312.ttf", "simkai.ttf"), "FandolKai-Regular.ttf"),
        SONGTI("SongTi", List.of("宋体.ttf", "simsun.ttf"), "FandolSong-Regular.ttf"),
        FALLBACK("Fallback", List.of(), "LXGWWenKai-Regular.ttf"),
        SYMBOLS("Symbols", List.of(), "Symbola.ttf");

        private final String family;
        private final List<String> licensed;
        private final String free;

        Face(String family, List<String> licensed, String free) {
            this.family = family;
            this.licensed = licensed;
            this.free = free;
        }

        public String family() {
            return family;
        }
    }

    private final Path freeDir;
    private final Path licensedDir;
    private final BlockingQueue<FontSet> idle = new LinkedBlockingQueue<>();
    private final int maxSets = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int made;

    DocumentFonts(DocumentSettings settings) {
        this.freeDir = settings.fontDir();
        this.licensedDir = settings.licensedFonts();
    }

    /** Every face with the file it is drawn from; refuses with what to run when a free font is missing. */
    public Map<Face, Path> files() {
        Map<Face, Path> files = new LinkedHashMap<>();
        for (Face face : Face.values()) {
            files.put(face, fileOf(face));
        }
        return files;
    }

    private Path fileOf(Face face) {
        if (licensedDir != null) {
            for (String name : face.licensed) {
                Path licensed = licensedDir.resolve(name);
                if (Files.isRegularFile(licensed)) {
                    return licensed;
                }
            }
        }
        Path free = freeDir.resolve(face.free);
        if (!Files.isRegularFile(free)) {
            throw new IllegalStateException("Document font " + free + " is missing: run bin/prepare-fonts once "
                    + "(bin/run and bin/test do), or set JIANYI_FONT_DIR");
        }
        return free;
    }

    /** The faces parsed once (lazily: tables and glyphs are read from the file as needed), for one render at a time. */
    public static final class FontSet {

        private final Map<Face, TrueTypeFont> faces;
        private final Map<Face, Path> files;

        private FontSet(Map<Face, TrueTypeFont> faces, Map<Face, Path> files) {
            this.faces = faces;
            this.files = files;
        }

        /** The file of the face with this PostScript name. */
        public Path fileNamed(String postScriptName) throws IOException {
            return files.get(faceNamed(postScriptName));
        }

        public Map<Face, TrueTypeFont> faces() {
            return faces;
        }

        /** The face whose PostScript name is given (as a PDF names its fonts); refuses a name no face has. */
        public TrueTypeFont named(String postScriptName) throws IOException {
            return faces.get(faceNamed(postScriptName));
        }

        private Face faceNamed(String postScriptName) throws IOException {
            for (var face : faces.entrySet()) {
                if (postScriptName.equals(face.getValue().getName())) {
                    return face.getKey();
                }
            }
            throw new IllegalArgumentException("No document font is named " + postScriptName);
        }

        /** Whether the face has a glyph for the code point. */
        public boolean covers(Face face, int codePoint) throws IOException {
            return faces.get(face).getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
        }
    }

    /** Work done with a borrowed font set. */
    public interface FontSetWork<T> {
        T apply(FontSet fonts) throws IOException;
    }

    /**
     * Runs the work with a font set of its own: parsed fonts are reused across renders (a CJK font is 10–15 MB, too
     * much to parse per letter) but never shared by two renders at once, as a parsed font reads its file lazily.
     * At most one set per processor is made; more concurrent renders wait for one.
     */
    public <T> T withFontSet(FontSetWork<T> work) throws IOException {
        FontSet set = idle.poll();
        if (set == null) {
            synchronized (this) {
                if (made < maxSets) {
                    set = parse();  // a missing font fails here, every time, and makes no set
                    made++;
                }
            }
        }
        if (set == null) {
            try {
                set = idle.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for the document fonts", e);
            }
        }
        try {
            return work.apply(set);
        } finally {
            idle.add(set);
        }
    }

    private FontSet parse() throws IOException {
        Map<Face, TrueTypeFont> faces = new EnumMap<>(Face.class);
        Map<Face, Path> files = files();
        for (var entry : files.entrySet()) {
            faces.put(entry.getKey(), new TTFParser().parse(new RandomAccessReadBufferedFile(entry.getValue().toFile())));
        }
        return new FontSet(faces, files);
    }
}
