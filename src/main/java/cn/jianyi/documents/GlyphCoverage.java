package cn.jianyi.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.jianyi.documents.DocumentFonts.Face;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.TypesettingAdvice;

/**
 * Checks every character of a letter against the face it is set in: characters the face lacks are drawn by the
 * fallback face (a rare name character — the author should check it), emoji and symbols by the symbol face (out of
 * place in an official letter), and characters no font has come out blank.
 */
@Component
class GlyphCoverage implements TypesettingAdvice {

    private final DocumentFonts fonts;

    GlyphCoverage(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public List<String> warnings(ReplyLetter letter) {
        Set<String> byFallback = new LinkedHashSet<>();
        Set<String> bySymbols = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        try {
            fonts.withFontSet(set -> {
                for (Setting setting : settingsOf(letter)) {
                    setting.text().codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> {
                        String character = new String(Character.toChars(cp));
                        try {
                            if (set.covers(setting.face(), cp)) {
                                return;
                            }
                            if (set.covers(Face.FALLBACK, cp)) {
                                byFallback.add(character);
                            } else if (set.covers(Face.SYMBOLS, cp)) {
                                bySymbols.add(character);
                            } else {
                                missing.add(character);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> warnings = new ArrayList<>();
        if (!byFallback.isEmpty()) {
            warnings.add("以下字符在公文字体中没有，将以备用字体显示，请核对字形：" + join(byFallback));
        }
        if (!bySymbols.isEmpty()) {
            warnings.add("以下表情符号或特殊符号不宜用于公文，将以黑白符号显示：" + join(bySymbols));
        }
        if (!missing.isEmpty()) {
            warnings.add("以下字符任何字体都无法显示，打印时将为空白，请改用文字：" + join(missing));
        }
        return warnings;
    }

    private static String join(Set<String> characters) {
        return characters.stream().collect(Collectors.joining("、"));
    }

    /** A piece of the letter and the face it is set in. */
    private record Setting(String text, Face face) {
    }

    private static List<Setting> settingsOf(ReplyLetter letter) {
        List<Setting> settings = new ArrayList<>();
        settings.add(new Setting(letter.title(), Face.XIAOBIAOSONG));
        settings.add(new Setting(letter.salutation(), Face.FANGSONG));
        for (ReplyLetter.Paragraph paragraph : letter.paragraphs()) {
            Face face = switch (paragraph.kind()) {
                case HEADING_1 -> Face.HEITI;
                case HEADING_2 -> Face.KAITI;
                case TEXT -> Face.FANGSONG;
            };
            settings.add(new Setting(paragraph.text(), face));
        }
        letter.copyTo().forEach(unit -> settings.add(new Setting(unit, Face.FANGSONG)));
        settings.add(new Setting(nullToEmpty(letter.contactUnit()) + nullToEmpty(letter.contactPhone()),
                Face.FANGSONG));
        ReplyLetter.FeedbackFormView form = letter.form();
        settings.add(new Setting(nullToEmpty(form.deputyName()) + nullToEmpty(form.deputyAddress())
                + nullToEmpty(form.suggestionTitle()), Face.FANGSONG));
        return settings;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
