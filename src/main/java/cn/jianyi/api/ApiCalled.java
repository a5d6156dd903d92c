package cn.jianyi.api;

import cn.jianyi.shared.ClientInfo;

/**
 * One call of the API, answered: which token (its id and hint; {@code null} when none or an unknown one was
 * presented), on behalf of which account, what was asked and the status answered. Published once per call, after the
 * answer, for the security audit log (ADR 0058: one record per call).
 */
public record ApiCalled(Long tokenId, String tokenHint, String username, String displayName, String method,
                        String route, int status, String refusal, ClientInfo client) {
}
