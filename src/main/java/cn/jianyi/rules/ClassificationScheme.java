package cn.jianyi.rules;

import java.util.List;
import java.util.Optional;

/** 答复分类方案: codes, Chinese labels and definitions of a locality's result classes. */
public record ClassificationScheme(String code, String name, String source, List<ClassDefinition> classes) {

    public ClassificationScheme {
        classes = List.copyOf(classes);
    }

    /** The class stored under the letter A..D, if the scheme has it (three-class schemes have no D). */
    public Optional<ClassDefinition> byLetter(String letter) {
        return classes.stream().filter(c -> c.letter().equals(letter)).findFirst();
    }

    /** The printed mark for a stored letter, e.g. 甲 for A in the 甲乙丙 scheme. */
    public String codeOf(String letter) {
        return byLetter(letter).map(ClassDefinition::code).orElse(letter);
    }
}
