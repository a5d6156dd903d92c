package cn.jianyi.api.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.json.JsonMapper;

/**
 * An RFC 9457 problem (application/problem+json) as the API answers every refusal: {@code type} about:blank,
 * {@code title} the HTTP status's reason in Chinese, {@code status}, a Chinese {@code detail}, the request path as
 * {@code instance}, a stable machine-readable {@code code}, and for refused input the {@code errors}, each naming its
 * field. Spring's {@link ProblemDetail} carries it from the controllers; the security filter, before any controller,
 * writes the same shape itself.
 */
@Schema(name = "Problem", description = "RFC 9457 错误说明（application/problem+json）",
        requiredProperties = {"type", "title", "status", "detail", "instance", "code"})
record ApiProblem(
        @Schema(description = "问题类型：urn:jianyi:problem: 加 code", example = "urn:jianyi:problem:token-invalid")
        String type,
        @Schema(example = "未认证") String title,
        @Schema(example = "401") int status,
        @Schema(description = "中文说明", example = "访问令牌无效") String detail,
        @Schema(example = "/api/v1/cases") String instance,
        @Schema(description = "稳定的错误代码", example = "token-invalid") String code,
        @Schema(description = "逐个字段的错误（输入有误时）", nullable = true) List<FieldProblem> errors) {

    /** One refused field: its JSON path ({@code coSignerIds[1]}) and the Chinese reason. */
    @Schema(name = "FieldProblem", requiredProperties = {"detail"})
    record FieldProblem(@Schema(example = "title", nullable = true) String field, @Schema(example = "必须填写") String detail) {
    }

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    /** Each code is its own problem type (RFC 9457 §3.1.1): a URN, not a page to fetch. */
    static final String TYPE = "urn:jianyi:problem:";

    static String titleOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求有误";
            case UNAUTHORIZED -> "未认证";
            case FORBIDDEN -> "无权访问";
            case NOT_FOUND -> "未找到";
            case CONFLICT -> "冲突";
            case CONTENT_TOO_LARGE -> "请求过大";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持的内容类型";
            case UNPROCESSABLE_CONTENT -> "无法登记";
            case TOO_MANY_REQUESTS -> "请求过于频繁";
            case SERVICE_UNAVAILABLE -> "暂不可用";
            default -> status.is5xxServerError() ? "服务器错误" : status.getReasonPhrase();
        };
    }

    /** As Spring MVC writes it from a controller advice. */
    static ProblemDetail detail(HttpStatus status, String code, String detail, String instance,
                                List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE + code));
        problem.setTitle(titleOf(status));
        problem.setInstance(URI.create(instance));
        problem.setProperty("code", code);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** Written by a filter, before any controller (401, 429). */
    static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, HttpStatus status,
                      String code, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE + code);
        body.put("title", titleOf(status));
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.put("code", code);
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
