package cn.jianyi.api;

import java.util.Arrays;
import java.util.Optional;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Permission;

/**
 * What a token may be used for. A scope is granted on a call only if the token's account still holds the permission
 * behind it ({@link #allowedFor}): a token never reaches further than its account.
 */
public enum ApiScope {
    /** The published copies (公开), as {@code /public} shows them: no account permission needed. */
    PUBLIC_READ("public:read", null),
    /** Cases, replies with their letters, units, meetings and statistics, within the account's data scope. */
    CASES_READ("cases:read", Permission.SUGGESTION_READ),
    /** 登记: register a suggestion from another platform, as the account's clerk would. */
    CASES_REGISTER("cases:register", Permission.SUGGESTION_REGISTER),
    /** The running system's metrics at {@code /actuator/prometheus}, for a Prometheus scraper (ADR 0068). */
    METRICS_READ("metrics:read", Permission.METRICS_READ);

    private final String code;
    private final String permission;

    ApiScope(String code, String permission) {
        this.code = code;
        this.permission = permission;
    }

    /** As written in a token and in the OpenAPI document: {@code cases:read}. */
    public String code() {
        return code;
    }

    /** The Spring Security authority a call with this scope holds: {@code SCOPE_cases:read}. */
    public String authority() {
        return "SCOPE_" + code;
    }

    /** Whether the account may hold this scope (its roles give the permission behind it). */
    public boolean allowedFor(CurrentUser account) {
        return permission == null || account.can(permission);
    }

    public static Optional<ApiScope> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
