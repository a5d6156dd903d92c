package cn.jianyi.suggestion.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.shared.Actor;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;

/** 登记建议 form. */
record RegistrationForm(
        @NotNull(message = "{validation.select}") Long meetingId,
        @Min(value = 1, message = "{validation.number.range}") @Max(value = 99999, message = "{validation.number.range}") Integer number,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = 10000, message = "{validation.tooLong}") String content,
        @NotNull(message = "{validation.select}") Long leadDeputyId,
        List<Long> coSignerIds,
        @NotNull(message = "{validation.select}") SubjectArea category,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn) {

    RegistrationForm {
        coSignerIds = coSignerIds == null ? List.of() : coSignerIds.stream().filter(java.util.Objects::nonNull).toList();
    }

    static RegistrationForm blank(Long meetingId, Integer number, LocalDate today) {
        return new RegistrationForm(meetingId, number, null, null, null, List.of(), null, today);
    }

    RegisterSuggestionCommand toCommand(Actor actor) {
        return new RegisterSuggestionCommand(meetingId, number, title, content, leadDeputyId, coSignerIds, category,
                receivedOn, actor);
    }
}
