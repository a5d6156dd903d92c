package cn.jianyi.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's limits (ADR 0058).
 *
 * @param maxValidity       the longest a token may be valid from its creation (an expiry is required)
 * @param requestsPerMinute the rate limit of a token that sets none of its own
 * @param anonymousRequestsPerMinute the rate limit of calls without a token (the public endpoints), per client
 *                          address
 * @param maxBody           the largest request body accepted, in bytes (a registration is a few kilobytes)
 * @param idempotencyKeep   how long a registration's {@code Idempotency-Key} is remembered
 * @param webhookAttempts   how often a webhook delivery is tried before it is given up
 * @param webhookBackoff    the wait before the second attempt; each further wait doubles
 */
@ConfigurationProperties("jianyi.api")
public record ApiSettings(@DefaultValue("366d") Duration maxValidity,
                          @DefaultValue("120") int requestsPerMinute,
                          @DefaultValue("60") int anonymousRequestsPerMinute,
                          @DefaultValue("65536") int maxBody,
                          @DefaultValue("1d") Duration idempotencyKeep,
                          @DefaultValue("6") int webhookAttempts,
                          @DefaultValue("30s") Duration webhookBackoff) {

    public ApiSettings {
        if (requestsPerMinute < 1 || anonymousRequestsPerMinute < 1) {
            throw new IllegalArgumentException("jianyi.api.requests-per-minute, anonymous-requests-per-minute: 1 or more");
        }
        if (maxBody < 1024) {
            throw new IllegalArgumentException("jianyi.api.max-body: 1024 bytes or more");
        }
        if (webhookAttempts < 1 || webhookBackoff.isNegative() || webhookBackoff.isZero()) {
            throw new IllegalArgumentException("jianyi.api.webhook-attempts ≥ 1, webhook-backoff positive");
        }
        if (maxValidity.isNegative() || maxValidity.isZero() || idempotencyKeep.isNegative()) {
            throw new IllegalArgumentException("jianyi.api.max-validity and idempotency-keep: positive durations");
        }
    }
}
