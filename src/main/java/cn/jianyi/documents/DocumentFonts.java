package cn.jianyi.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font files behind the official documents' faces. A licensed font in the configured directory (仿宋_GB2312 and
 * the like, as TrueType) takes precedence; otherwise the free fonts prepared by {@code bin/prepare-fonts}: Fandol
 * 仿宋/宋/黑/楷, and LXGW WenKai as the fallback for characters the Fandol fonts lack (rare name characters).
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
        FALLBACK("Fallback", List.of(), "LXGWWenKai-Regular.ttf");

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
    /** Parsed fonts, read once: a CJK font is 10–15 MB. Used under the font's own lock (parsing is lazy). */
    private final Map<Path, TrueTypeFont> parsed = new ConcurrentHashMap<>();

    /** Work on a parsed font, done while holding it. */
    interface FontWork {
        void accept(TrueTypeFont font) throws IOException;
    }

    DocumentFonts(@Value("${jianyi.documents.font-dir}") String freeDir,
                  @Value("${jianyi.documents.licensed-font-dir:}") String licensedDir) {
        this.freeDir = Path.of(freeDir);
        this.licensedDir = licensedDir == null || licensedDir.isBlank() ? null : Path.of(licensedDir);
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

    /**
     * Runs the work on the face file whose PostScript name is given (as a PDF names its fonts), holding that font
     * for the duration; refuses a name none of the faces has.
     */
    void withFont(String postScriptName, FontWork work) throws IOException {
        for (Path file : files().values()) {
            TrueTypeFont font = parsed(file);
            synchronized (font) {
                if (postScriptName.equals(font.getName())) {
                    work.accept(font);
                    return;
                }
            }
        }
        throw new IllegalArgumentException("No document font is named " + postScriptName);
    }

    private TrueTypeFont parsed(Path file) {
        return parsed.computeIfAbsent(file, f -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBufferedFile(f.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the font " + f, e);
            }
        });
    }
}
