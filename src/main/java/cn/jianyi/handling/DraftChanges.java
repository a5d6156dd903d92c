package cn.jianyi.handling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/** What changed from one saved version of a reply to the next, line by line (java-diff-utils). */
public final class DraftChanges {

    /** One changed line: removed from the earlier version or added in the later one. */
    public record Line(boolean added, String text) {
    }

    /** A version with its changes against the one before (none for the first). */
    public record Version(ReplyVersion version, List<Line> changes) {
    }

    private DraftChanges() {
    }

    /** @param mark how the congress's scheme prints a class (A, 甲 …) */
    public static List<Version> of(List<ReplyVersion> versions, Function<ResolutionCategory, String> mark) {
        var result = new ArrayList<Version>();
        ReplyVersion previous = null;
        for (ReplyVersion version : versions) {
            result.add(new Version(version, previous == null ? List.of() : between(previous, version, mark)));
            previous = version;
        }
        return List.copyOf(result);
    }

    static List<Line> between(ReplyVersion before, ReplyVersion after, Function<ResolutionCategory, String> mark) {
        List<String> a = lines(before, mark);
        List<String> b = lines(after, mark);
        var changes = new ArrayList<Line>();
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            delta.getSource().getLines().forEach(line -> changes.add(new Line(false, line)));
            delta.getTarget().getLines().forEach(line -> changes.add(new Line(true, line)));
        }
        return List.copyOf(changes);
    }

    /** The letter as lines: class, title, salutation, body paragraphs, contact line, copies. */
    private static List<String> lines(ReplyVersion v, Function<ResolutionCategory, String> mark) {
        var lines = new ArrayList<String>();
        lines.add("分类：" + mark.apply(v.classification()));
        lines.add(v.title());
        lines.add(v.salutation());
        Arrays.stream(v.body().split("\\R")).filter(line -> !line.isBlank()).forEach(lines::add);
        lines.add("联系单位及电话：" + v.contactUnit() + " " + v.contactPhone() + "，邮政编码：" + v.postcode());
        lines.add("抄送：" + v.copyTo().replace("\n", "，"));
        return lines;
    }
}
