package cn.jianyi.api.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Input the API refuses before any use case runs: the status, a code, the Chinese detail and the fields. */
final class ApiInputException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String detail;
    private final List<ApiProblem.FieldProblem> errors;

    ApiInputException(HttpStatus status, String code, String detail, List<ApiProblem.FieldProblem> errors) {
        super(code);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    static ApiInputException onField(String code, String field, String detail) {
        return new ApiInputException(HttpStatus.BAD_REQUEST, code, "参数 " + field + " 有误：" + detail,
                List.of(new ApiProblem.FieldProblem(field, detail)));
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String detail() {
        return detail;
    }

    List<ApiProblem.FieldProblem> errors() {
        return errors;
    }
}
