package cn.jianyi.archive;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 发文字号 (子交函〔2023〕34号, 潼民发【2024】275号, 湘教提复字〔2019〕来信号): on its own line, possibly with the
 * 签发人 or a glued class mark, or labelled 文号 in page metadata; never a number cited inside a sentence.
 */
final class DocumentNumbers {

    private static final Pattern NUMBER = Pattern.compile("^(?:(?:文号|发文字号)[:|]*)?(([\\p{IsHan}]{1,12}:?)?"
            + "[〔【﹝\\[(]((?:19|20)\\d{2})[〕】﹞\\])](?:第?\\d{1,6}|[\\p{IsHan}]{1,3}?)号)(.*)$");
    private static final Pattern LABELLED = Pattern.compile("^(?:文号|发文字号)");
    private static final Pattern REST = Pattern.compile("^(?:签发人:?[\\p{IsHan}]{0,5}|[(]?[A-D]类?[)]?|\\|)*$");

    private DocumentNumbers() {
    }

    static Extracted<String> find(List<Normalized> compactLines) {
        for (Normalized line : compactLines) {
            String norm = line.norm();
            if (norm.indexOf('号') < 0) {
                continue;
            }
            Matcher m = NUMBER.matcher(norm);
            if (m.matches()) {
                boolean labelled = LABELLED.matcher(norm).find();
                if (labelled || REST.matcher(m.group(4)).matches()) {
                    return Extracted.of(line.shown(m.start(1), m.end(1)), labelled ? 0.9 : 0.95);
                }
            }
        }
        return Extracted.absent(0.9);
    }
}
