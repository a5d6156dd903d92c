package cn.jianyi.submission.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.submission.NonAdmissibleReason;
import cn.jianyi.submission.RegisterSubmissionCommand;
import cn.jianyi.submission.Submission;
import cn.jianyi.suggestion.SubjectArea;

/** The forms of online submission and of the registration queue. */
final class SubmissionForms {

    private SubmissionForms() {
    }

    /** 建议草稿: title, category, proposed unit, text. */
    record DraftForm(
            @NotBlank(message = "{submission.title.required}") @Size(max = Submission.TITLE_LENGTH, message = "{validation.tooLong}") String title,
            @Size(max = Submission.CONTENT_LENGTH, message = "{validation.tooLong}") String content,
            SubjectArea category,
            @Size(max = 100, message = "{validation.tooLong}") String proposedUnit) {

        static DraftForm of(Submission s) {
            return new DraftForm(s.title(), s.content(), s.category(), s.proposedUnit());
        }

        Submission.Text toText() {
            return new Submission.Text(title, content, category, proposedUnit);
        }
    }

    /** 邀请联名: names, and the last day to answer. */
    record InviteForm(
            @NotEmpty(message = "{submission.coSigners.none}") List<Long> coSignerIds,
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate cutoff) {
    }

    /** 提交: the deputy confirms the one-matter rule (一事一议). */
    record SubmitForm(Boolean oneMatter) {

        SubmitForm {
            oneMatter = Boolean.TRUE.equals(oneMatter);
        }
    }

    /** 申请撤回. */
    record WithdrawalForm(@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String reason) {
    }

    /** 受理: meeting, number (blank for the next), category. */
    record RegisterForm(
            @NotNull(message = "{validation.select}") Long meetingId,
            @Min(value = 1, message = "{validation.number.range}") @Max(value = 99999, message = "{validation.number.range}") Integer number,
            @NotNull(message = "{validation.select}") SubjectArea category) {

        RegisterSubmissionCommand toCommand() {
            return new RegisterSubmissionCommand(meetingId, number, category);
        }
    }

    /** 不予受理: the category, the explanation to the deputy, and whether to keep it as a letter. */
    record DeclineForm(
            @NotNull(message = "{validation.select}") NonAdmissibleReason reason,
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String explanation,
            Boolean keepAsLetter) {

        DeclineForm {
            keepAsLetter = Boolean.TRUE.equals(keepAsLetter);
        }
    }
}
