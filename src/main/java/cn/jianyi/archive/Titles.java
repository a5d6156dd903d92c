package cn.jianyi.archive;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The title of the letter near its top (关于…的答复, 对…提案的复函, …协办意见的函, …建议办理单), possibly split over two
 * lines (…的 / 答 复); website furniture is already blanked.
 */
final class Titles {

    private static final Pattern ENDING = Pattern.compile(
            "(?:答复|复函|回复|的函|办理单|答复函|答覆)(?:[(\\[][A-D]类?[)\\]])?\\|*$");
    private static final Pattern OPENING = Pattern.compile("^(?:[\\p{IsHan}()]{0,40}?(?:关于|对))");
    private static final Pattern SUBJECT = Pattern.compile("会议|建议|提案|议案");
    private static final Pattern NOT_TITLE = Pattern.compile("[:,;。!?]|收悉|您|你们");

    private Titles() {
    }

    /** Where the title is: its first and last compact line, and its text. */
    record Title(int first, int last, Normalized text) {
    }

    /** The title among the first lines, before {@code before} (the salutation) if that is not -1, or null. */
    static Title find(List<Normalized> compactLines, int before) {
        int seen = 0;
        int end = before < 0 ? compactLines.size() : before;
        for (int i = 0; i < end && seen < 14; i++) {
            Normalized line = compactLines.get(i);
            String norm = line.norm();
            if (norm.isEmpty()) {
                continue;
            }
            seen++;
            if (norm.length() > 90 || NOT_TITLE.matcher(norm).find()) {
                continue;
            }
            boolean ends = ENDING.matcher(norm).find();
            boolean opens = OPENING.matcher(norm).find() && SUBJECT.matcher(norm).find();
            if (!ends && !opens) {
                continue;
            }
            if (!ends) {
                int next = nextNonBlank(compactLines, i + 1, end);
                if (next > 0 && compactLines.get(next).norm().length() <= 40
                        && ENDING.matcher(compactLines.get(next).norm()).find()
                        && !NOT_TITLE.matcher(compactLines.get(next).norm()).find()) {
                    Normalized second = compactLines.get(next);
                    return new Title(i, next, new Normalized(line.shown() + second.shown(),
                            norm + second.norm()));
                }
            }
            return new Title(i, i, line);
        }
        return null;
    }

    private static int nextNonBlank(List<Normalized> lines, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!lines.get(i).norm().isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
