package cn.jianyi.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import cn.jianyi.archive.LetterArchives;
import cn.jianyi.archive.LetterFile;
import cn.jianyi.archive.LetterParser;
import cn.jianyi.archive.LetterReader;
import cn.jianyi.archive.LetterText;
import cn.jianyi.archive.UnreadableLetter;
import cn.jianyi.insight.Candidate;
import cn.jianyi.insight.LetterCandidates;
import cn.jianyi.insight.Ranked;
import cn.jianyi.insight.SimilarityRanker;

/**
 * {@code bin/jianyi similar --corpus DIR TEXT}: ranks the letter files of DIR (.txt, .html, .htm, .docx, .pdf and the
 * letters inside a .zip; other files are not letters), read and parsed as the archive import reads them, against
 * TEXT (a suggestion's title or its text) and prints the best ten as {@code rank<TAB>score<TAB>file}, best first. A
 * file that cannot be read is named on standard error and left out.
 */
@Component
class SimilarLetters {

    static final String USAGE = """
            usage: bin/jianyi similar --corpus DIR TEXT
              Ranks the letter files of DIR (.txt .html .htm .docx .pdf, and the letters in a .zip) against TEXT, a
              suggestion's title or text, and prints the ten most similar as rank<TAB>score<TAB>file, best first.""";

    static final int SHOWN = 10;

    private final LetterReader reader;
    private final LetterArchives archives;
    private final LetterParser parser;
    private final SimilarityRanker ranker = new SimilarityRanker();

    SimilarLetters(LetterReader reader, LetterArchives archives, LetterParser parser) {
        this.reader = reader;
        this.archives = archives;
        this.parser = parser;
    }

    /** Runs the command with its arguments (after {@code similar}); 0 done, 1 no letters, 2 bad usage. */
    int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        if (args.size() < 2 || !args.get(0).equals("--corpus")) {
            err.println(USAGE);
            return 2;
        }
        Path folder = Path.of(args.get(1));
        String text = String.join(" ", args.subList(2, args.size())).strip();
        if (!Files.isDirectory(folder)) {
            err.println((Files.exists(folder) ? "不是文件夹：" : "找不到文件夹：") + folder);
            return 2;
        }
        if (text.isEmpty()) {
            err.println("请给出要比对的文字（建议的标题或正文），不能为空");
            err.println(USAGE);
            return 2;
        }
        List<Candidate> letters = letters(folder, err);
        if (letters.isEmpty()) {
            err.println("文件夹中没有可读的复函文件（.txt .html .htm .docx .pdf .zip）：" + folder);
            return 1;
        }
        List<Ranked> ranked = ranker.rank(text, letters);
        if (ranked.get(0).score() <= 0) {
            err.println("提示：这段文字与各复函没有共同的词（标点、单字或套话不计），以下顺序没有意义");
        }
        for (int i = 0; i < Math.min(SHOWN, ranked.size()); i++) {
            Ranked r = ranked.get(i);
            out.println((i + 1) + "\t" + String.format(Locale.ROOT, "%.3f", r.score()) + "\t" + r.candidate().id());
        }
        return 0;
    }

    private List<Candidate> letters(Path folder, PrintStream err) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).filter(SimilarLetters::isLetterFile).sorted().toList();
        } catch (IOException e) {
            err.println("无法读取文件夹：" + folder + "（" + e.getMessage() + "）");
            return List.of();
        }
        List<Candidate> letters = new ArrayList<>();
        for (Path path : files) {
            String name = path.getFileName().toString();
            byte[] content;
            try {
                if (Files.size(path) > archives.maxUploadSize()) {
                    err.println(name + "：文件过大，未读取");
                    continue;
                }
                content = Files.readAllBytes(path);
            } catch (IOException e) {
                err.println(name + "：无法读取文件（" + e.getMessage() + "）");
                continue;
            }
            for (LetterFile file : archives.expand(name, content)) {
                if (file.refused()) {
                    err.println(file.name() + "：" + file.error());
                    continue;
                }
                try {
                    LetterText letter = reader.read(file.name(), file.content());
                    letters.add(LetterCandidates.of(file.name(), parser.parse(letter), letter.text()));
                } catch (UnreadableLetter e) {
                    err.println(file.name() + "：" + e.getMessage());
                }
            }
        }
        return letters;
    }

    private static boolean isLetterFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.matches(".*\\.(txt|html|htm|docx|pdf|zip)$");
    }
}
