package cn.jianyi.api.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import cn.jianyi.shared.DatabaseFaults;
import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.RuleViolations;

/**
 * Every refusal of the API's controllers as an RFC 9457 problem with a Chinese detail (ADR 0058), before the pages'
 * {@code ErrorPages} (which answers with HTML) gets a chance. Never an exception's message or a stack trace: an
 * unexpected error is logged with an incident id that the problem quotes.
 */
@RestControllerAdvice(annotations = ApiEndpoint.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final Labels labels;

    ApiErrors(Labels labels) {
        this.labels = labels;
    }

    @ExceptionHandler(ApiInputException.class)
    ResponseEntity<ProblemDetail> input(ApiInputException e, HttpServletRequest request) {
        return problem(e.status(), e.code(), e.detail(), request, e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "不存在，或不在令牌所属账号的数据范围内", request, List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        String detail = e instanceof AccountDenied ? e.getMessage() : "访问令牌没有此操作所需的权限范围";
        return problem(HttpStatus.FORBIDDEN, "scope-missing", detail, request, List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String detail = e.getRequiredType() != null && e.getRequiredType().isEnum()
                ? "取值无效，可用的值：" + java.util.Arrays.toString(e.getRequiredType().getEnumConstants())
                : "取值类型不正确";
        return problem(HttpStatus.BAD_REQUEST, "wrong-type", "参数 " + e.getName() + " 有误：" + detail, request,
                List.of(new ApiProblem.FieldProblem(e.getName(), detail)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "missing-parameter", "缺少参数 " + e.getParameterName(), request,
                List.of(new ApiProblem.FieldProblem(e.getParameterName(), "必须填写")));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "missing-header", "缺少请求头 " + e.getHeaderName(), request,
                List.of(new ApiProblem.FieldProblem(e.getHeaderName(), "必须提供")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "请求体须为 application/json（UTF-8）", request, List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpServletRequest request) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "不支持此请求方法", request, List.of());
    }

    /** The registration rules (登记规则), each on its field, as the clerk's form shows them. */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> rule(RuleViolation e, HttpServletRequest request) {
        List<RuleViolation> all = e instanceof RuleViolations many ? many.all() : List.of(e);
        var errors = new ArrayList<ApiProblem.FieldProblem>();
        for (RuleViolation violation : all) {
            errors.add(new ApiProblem.FieldProblem(violation.field(),
                    labels.message(violation.reasonKey(), violation.args())));
        }
        String detail = "不符合登记规则：" + String.join("；", errors.stream()
                .map(f -> (f.field() == null ? "" : f.field() + " ") + f.detail()).toList());
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", detail, request, errors);
    }

    @ExceptionHandler({IllegalTransitionException.class, OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> conflict(HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "conflict", "记录已被他人修改或状态已变化，请重新读取后再试", request, List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseFaults.isConcurrentChange(e)) {
            return conflict(request);
        }
        String incident = DatabaseFaults.newIncident();
        log.error("Incident {} (API {} {})", incident, request.getMethod(), request.getRequestURI(), e);
        if (DatabaseFaults.isDatabaseFault(e)) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "database",
                    "数据库暂时无法完成请求，未作任何更改；错误编号 " + incident, request, List.of());
        }
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "服务器内部错误；错误编号 " + incident,
                request, List.of());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail,
                                                         HttpServletRequest request,
                                                         List<ApiProblem.FieldProblem> errors) {
        return ResponseEntity.status(status).contentType(ApiProblem.PROBLEM_JSON)
                .body(ApiProblem.detail(status, code, detail, request.getRequestURI(), errors));
    }

    /** The token has the scope but its account's roles do not allow the act (e.g. statistics for a unit). */
    static final class AccountDenied extends AccessDeniedException {
        AccountDenied(String detail) {
            super(detail);
        }
    }
}
