package cn.jianyi.api.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.api.ApiScope;
import cn.jianyi.api.CreateTokenCommand;
import cn.jianyi.shared.Actor;

/** 新建接口令牌 form: valid through the end of {@code expiresOn} in the congress's time zone. */
record TokenForm(
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String account,
        List<ApiScope> scopes,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
        @Min(value = 1, message = "{api.token.rateLimit.range}") @Max(value = 100000, message = "{api.token.rateLimit.range}")
        Integer rateLimit) {

    TokenForm {
        scopes = scopes == null ? List.of() : scopes.stream().filter(java.util.Objects::nonNull).toList();
    }

    static TokenForm blank(LocalDate today) {
        return new TokenForm(null, null, List.of(ApiScope.CASES_READ), today.plusDays(90), null);
    }

    CreateTokenCommand toCommand(Actor actor, Clock clock) {
        var chosen = scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
        return new CreateTokenCommand(name, account, chosen,
                expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), rateLimit, actor);
    }
}
