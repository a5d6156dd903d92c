package cn.jianyi.documents;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

import cn.jianyi.handling.ReplyLetter;

/** Renders a reply letter in any {@link LetterFormat}. */
@Component
public class LetterDocuments {

    private final Map<LetterFormat, Function<ReplyLetter, byte[]>> renderers = new EnumMap<>(LetterFormat.class);

    LetterDocuments(BeanFactory beans) {
        for (LetterFormat format : LetterFormat.values()) {
            renderers.put(format, format.bind(beans));
        }
    }

    public byte[] render(LetterFormat format, ReplyLetter letter) {
        return renderers.get(format).apply(letter);
    }
}
