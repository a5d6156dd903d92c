package cn.jianyi.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.jianyi.shared.jobs.BackgroundJob;
import cn.jianyi.suggestion.MeetingView;

/**
 * One run of 会议答复函打包 (a {@link BackgroundJob} of kind {@code meeting-export}): which meeting, how many of its
 * replies are done, the replies that could not be made into documents, and the ZIP once it is complete.
 */
public final class MeetingExport extends BackgroundJob<MeetingExport.Zip> {

    /**
     * A reply that could not be made into a document.
     *
     * @param reply  the reply as named in the ZIP (第043号建议-新卫提字〔2024〕1号), or its document number if its
     *               letter could not even be laid out
     * @param format the format that failed; {@code null} when the letter could not be laid out
     */
    public record Failure(String reply, LetterFormat format) {
    }

    /** The finished ZIP: a temporary file, deleted when the job is forgotten. */
    record Zip(Path file, long size) {
    }

    private final MeetingView meeting;
    private final List<Failure> failures = new CopyOnWriteArrayList<>();

    MeetingExport(String owner, MeetingView meeting, int total) {
        super(owner, total);
        this.meeting = meeting;
    }

    void failedOn(Failure failure) {
        failures.add(failure);
    }

    public MeetingView meeting() {
        return meeting;
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** The ZIP, once {@link Status#DONE}; {@code null} before and after a failure. */
    public Path file() {
        Zip zip = result();
        return zip == null ? null : zip.file();
    }

    public long size() {
        Zip zip = result();
        return zip == null ? 0 : zip.size();
    }

    /** 区人大二届四次会议答复函.zip */
    public String fileName() {
        return meeting.shortTitle() + "答复函.zip";
    }

    @Override
    protected void discard() {
        MeetingExports.deleteQuietly(file());
    }
}
