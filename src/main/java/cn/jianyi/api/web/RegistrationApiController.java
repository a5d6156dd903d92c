package cn.jianyi.api.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jianyi.api.ApiRegistrations;
import cn.jianyi.api.ApiToken;
import cn.jianyi.api.TokenSecret;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.RuleViolations;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 登记 from another platform (scope {@code cases:register}, ADR 0058). The body is read here, at most
 * {@code jianyi.api.max-body} bytes (413 beyond), and parsed with the API's own strict mapper: malformed JSON, an
 * unknown field or a value of the wrong type answers 400 naming the field. Then the registration form's checks and the
 * registration rules, all in one round (422, each on its field), and the clerk's use case. Nothing is saved unless
 * everything passes.
 */
@RestController
@ApiEndpoint
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "建议")
class RegistrationApiController {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    private final StrictJson strict;
    private final ApiRegistrations registrations;
    private final SuggestionManagement suggestions;
    private final SuggestionQueries queries;
    private final Meetings meetings;
    private final CaseJson cases;
    private final Validator validator;

    RegistrationApiController(ApiRegistrations registrations, SuggestionManagement suggestions,
                              SuggestionQueries queries, Meetings meetings, CaseJson cases,
                              Validator validator, StrictJson strict) {
        this.strict = strict;
        this.registrations = registrations;
        this.suggestions = suggestions;
        this.queries = queries;
        this.meetings = meetings;
        this.cases = cases;
        this.validator = validator;
    }

    @PostMapping("/cases")
    @PreAuthorize("hasAuthority('SCOPE_cases:register')")
    @SecurityRequirement(name = OpenApiConfiguration.SCHEME, scopes = "cases:register")
    @Operation(summary = "登记建议",
            description = "以令牌所属账号（代表工作机构）登记一件建议，规则和流转记录与登记页面相同。带 Idempotency-Key 时，"
                    + "同一键和相同内容的重复请求返回第一次登记的建议（响应头 Idempotent-Replayed: true），内容不同则返回 409。",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RegistrationRequest.class))),
            responses = @ApiResponse(responseCode = "201", description = "已登记",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ApiJson.CaseDetail.class))))
    ResponseEntity<ApiJson.CaseDetail> register(
            HttpServletRequest request, @AuthenticationPrincipal CurrentUser me,
            @RequestAttribute(ApiTokenFilter.TOKEN) ApiToken token,
            @Parameter(description = "幂等键（1–100 个可见 ASCII 字符），保留一天")
            @RequestHeader(name = "Idempotency-Key", required = false) String key) throws IOException {
        if (key != null && !KEY.matcher(key).matches()) {
            throw ApiInputException.onField("invalid-idempotency-key", "Idempotency-Key",
                    "须为 1 到 100 个可见 ASCII 字符");
        }
        RegistrationRequest body = strict.read(request, RegistrationRequest.class);
        String hash = TokenSecret.hashOf(strict.canonical(body));
        // a repetition is answered before the rules are checked again (its number is taken by now: by itself)
        Optional<ApiRegistrations.Registration> repeated = key == null ? Optional.empty() : earlier(token, key, hash);
        if (repeated.isPresent()) {
            return answer(repeated.get(), me);
        }
        RuleViolations.throwIfAny(problems(body, me));
        ApiRegistrations.Registration registration;
        try {
            registration = registrations.register(body.toCommand(me.toActor()), me, token, key, hash);
        } catch (ApiRegistrations.KeyReused reused) {
            throw keyReused();
        } catch (DataIntegrityViolationException raced) {
            // another request with the same new key committed first: answer as to a repetition
            Optional<ApiRegistrations.Registration> first = key == null ? Optional.empty() : earlier(token, key, hash);
            registration = first.orElseThrow(() -> raced);
        }
        return answer(registration, me);
    }

    private ResponseEntity<ApiJson.CaseDetail> answer(ApiRegistrations.Registration registration, CurrentUser me) {
        var json = cases.of(queries.details(registration.suggestionId(), me.dataScope()));
        var response = ResponseEntity.created(URI.create("/api/v1/cases/" + registration.suggestionId()));
        if (registration.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(json);
    }

    private Optional<ApiRegistrations.Registration> earlier(ApiToken token, String key, String hash) {
        try {
            return registrations.registered(token, key, hash);
        } catch (ApiRegistrations.KeyReused reused) {
            throw keyReused();
        }
    }

    private static ApiInputException keyReused() {
        return new ApiInputException(HttpStatus.CONFLICT, "idempotency-key-reused",
                "此 Idempotency-Key 已用于内容不同的另一请求；同一键只能重复提交相同的内容",
                List.of(new ApiProblem.FieldProblem("Idempotency-Key", "已用于另一请求")));
    }

    /**
     * The form's checks and the registration rules, every one in one round (ADR 0049), each on its field: a meeting
     * outside the account's congresses is unknown, as on the page.
     */
    private List<RuleViolation> problems(RegistrationRequest body, CurrentUser me) {
        var problems = new ArrayList<RuleViolation>();
        var refused = new java.util.HashSet<String>();
        for (ConstraintViolation<RegistrationRequest> violation : validator.validate(body)) {
            String field = violation.getPropertyPath().toString();
            if (refused.add(field)) {
                problems.add(new FieldMessage(field, violation.getMessage()));
            }
        }
        Long meetingId = meetings.within(me.congressScope()).stream().map(MeetingView::id)
                .filter(id -> id.equals(body.meetingId())).findFirst().orElse(null);
        if (body.meetingId() != null && meetingId == null) {
            if (refused.add("meetingId")) {
                problems.add(RuleViolation.onField("meetingId", "suggestion.meeting.unknown"));
            }
            return problems;
        }
        for (RuleViolation rule : suggestions.registrationProblems(meetingId, body.number(), body.leadDeputyId(),
                body.coSignerIds().stream().filter(java.util.Objects::nonNull).toList())) {
            if (refused.add(String.valueOf(rule.field()))) {
                problems.add(rule);
            }
        }
        return problems;
    }

    /** A form check's refusal, already in Chinese (the validator's message), carried as a rule on its field. */
    static final class FieldMessage extends RuleViolation {

        private final String field;

        FieldMessage(String field, String message) {
            super(message);
            this.field = field;
        }

        @Override
        public String field() {
            return field;
        }
    }
}
