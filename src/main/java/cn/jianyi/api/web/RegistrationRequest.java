package cn.jianyi.api.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import cn.jianyi.shared.Actor;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * 登记建议 through the API: the clerk's registration form's fields and checks ({@code RegistrationForm}), as JSON.
 * Unknown fields are refused, not ignored.
 */
@Schema(name = "CaseRegistration", description = "登记一件建议；规则与代表工作机构在登记页面上的相同")
record RegistrationRequest(
        @Schema(description = "会议 id（GET /api/v1/meetings）", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{validation.select}") Long meetingId,
        @Schema(description = "会议内的建议编号；不填则取下一个编号", nullable = true, minimum = "1", maximum = "99999")
        @Min(value = 1, message = "{validation.number.range}") @Max(value = 99999, message = "{validation.number.range}") Integer number,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100, example = "关于健全生育服务保障机制的建议")
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 10000)
        @NotBlank(message = "{validation.required}") @Size(max = 10000, message = "{validation.tooLong}") String content,
        @Schema(description = "领衔代表的 id", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{validation.select}") Long leadDeputyId,
        @Schema(description = "附议代表的 id", nullable = true) List<Long> coSignerIds,
        @Schema(description = "分类", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{validation.select}") SubjectArea category,
        @Schema(description = "收到日期（不晚于今天）", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.date.future}") LocalDate receivedOn) {

    RegistrationRequest {
        coSignerIds = coSignerIds == null ? List.of() : coSignerIds;
    }

    RegisterSuggestionCommand toCommand(Actor actor) {
        return new RegisterSuggestionCommand(meetingId, number, title, content, leadDeputyId, coSignerIds, category,
                receivedOn, actor);
    }
}
