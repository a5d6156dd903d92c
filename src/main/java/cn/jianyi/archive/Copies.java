package cn.jianyi.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The copy line (抄送, 抄 送, 抄报): recipients separated by 、, commas or spaces, copy counts dropped. */
final class Copies {

    private static final Pattern LABEL = Pattern.compile("^\\s*抄\\s*[送报]\\s*[:]?\\s*");
    private static final Pattern END = Pattern.compile("联\\s*系|经\\s*办|印\\s*发|共\\s*印|签\\s*发|$");
    private static final Pattern SEPARATOR = Pattern.compile("[、,，;；\\s]+");
    private static final Pattern COUNT = Pattern.compile("[(（]?\\s*各?\\s*[\\d一二三四五六七八九十]+\\s*份\\s*[)）]?$");
    private static final Pattern TRAILING = Pattern.compile("[。.;；:：]+$");

    private Copies() {
    }

    /** The recipients of the first copy line among the (not compact) lines. */
    static Extracted<List<String>> find(List<Normalized> lines) {
        for (Normalized line : lines) {
            Matcher label = LABEL.matcher(line.norm());
            if (line.norm().indexOf('抄') < 0 || !label.lookingAt()) {
                continue;
            }
            Matcher end = END.matcher(line.norm());
            end.find(label.end());
            String text = line.shown(label.end(), end.start());
            List<String> names = new ArrayList<>();
            for (String part : SEPARATOR.split(text)) {
                String name = TRAILING.matcher(COUNT.matcher(part).replaceAll("")).replaceAll("").trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            if (!names.isEmpty()) {
                return Extracted.of(List.copyOf(names), 0.92);
            }
        }
        return Extracted.of(List.of(), 0.9);
    }
}
