package cn.jianyi.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jianyi.archive.LetterArchives;
import cn.jianyi.archive.LetterFile;
import cn.jianyi.archive.LetterParser;
import cn.jianyi.archive.LetterReader;
import cn.jianyi.archive.ParsedLetter;
import cn.jianyi.archive.UnreadableLetter;
import cn.jianyi.shared.ByteSizes;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bin/jianyi parse FILE...}: reads and parses each historical letter and prints one JSON object per line
 * (JSON Lines, UTF-8): {@code file} (the file name, no folders; for a ZIP, each file in it) and then the keys of the
 * corpus's {@code labels.jsonl} that the parser fills, {@code null} where the letter does not state one, and the
 * {@code title}; the reply's text is left out (whole paragraphs on every line; the import keeps it). A file that
 * cannot be read or parsed prints {@code file} and {@code error} (the reason in Chinese) instead, and the batch
 * goes on.
 */
@Component
class LetterParsing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LetterReader reader;
    private final LetterArchives archives;
    private final LetterParser parser;

    LetterParsing(LetterReader reader, LetterArchives archives, LetterParser parser) {
        this.reader = reader;
        this.archives = archives;
        this.parser = parser;
    }

    /** Prints a line per file (per entry of a ZIP); 0 when every file was parsed, 1 when any was not. */
    int parse(List<String> paths, PrintStream out) {
        boolean failed = false;
        for (String path : paths) {
            for (Map<String, Object> line : linesOf(Path.of(path))) {
                failed |= line.containsKey("error");
                out.println(JSON.writeValueAsString(line));
            }
        }
        return failed ? 1 : 0;
    }

    private List<Map<String, Object>> linesOf(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] content;
        try {
            if (Files.isDirectory(path)) {
                return List.of(error(name, "是文件夹，不是文件"));
            }
            long size = Files.size(path);
            if (size > archives.maxUploadSize()) {
                return List.of(error(name, "文件过大（" + ByteSizes.describe(size) + "），超过上限 "
                        + ByteSizes.describe(archives.maxUploadSize())));
            }
            content = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return List.of(error(name, "文件不存在"));
        } catch (IOException | SecurityException e) {
            return List.of(error(name, "无法读取文件：" + e.getMessage()));
        }
        return archives.expand(name, content).stream().map(this::lineOf).toList();
    }

    private Map<String, Object> lineOf(LetterFile file) {
        if (file.refused()) {
            return error(file.name(), file.error());
        }
        try {
            ParsedLetter letter = parser.parse(reader.read(file.name(), file.content()));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", file.name());
            letter.values().forEach((key, value) -> {
                if (!key.equals("file") && !key.equals("replyText")) {
                    line.put(key, value);
                }
            });
            return line;
        } catch (UnreadableLetter e) {
            return error(file.name(), e.getMessage());
        } catch (RuntimeException e) {
            return error(file.name(), "解析失败：" + e);
        }
    }

    private static Map<String, Object> error(String file, String reason) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file);
        line.put("error", reason);
        return line;
    }
}
