package cn.jianyi.api.web;

import java.time.Duration;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import cn.jianyi.api.ApiSettings;
import cn.jianyi.api.ApiToken;
import cn.jianyi.shared.HeldInMemory;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

/**
 * The rate limit per token (ADR 0058): resilience4j's rate limiter, one per token, {@code n} calls per minute (the
 * token's own limit, or {@code jianyi.api.requests-per-minute}), refused at once when spent, with the seconds until
 * the next call is allowed. In memory, per instance: several instances each allow the limit (a proxy's or a shared
 * store's limit would be needed for one across them).
 */
@Component
class ApiRateLimits implements HeldInMemory {

    private final ApiSettings settings;
    /** How many client addresses are limited at most before their limiters are dropped. */
    static final int MAX_ADDRESSES = 10_000;

    private volatile RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();
    private volatile RateLimiterRegistry anonymous = RateLimiterRegistry.ofDefaults();
    private final java.util.concurrent.atomic.AtomicInteger addresses = new java.util.concurrent.atomic.AtomicInteger();

    ApiRateLimits(ApiSettings settings) {
        this.settings = settings;
    }

    /** Empty when the call may go on; otherwise the seconds to wait (at least 1), for Retry-After. */
    OptionalLong acquire(ApiToken token) {
        int perMinute = token.rateLimit() != null ? token.rateLimit() : settings.requestsPerMinute();
        RateLimiter limiter = registry.rateLimiter("token-" + token.id() + "-" + perMinute, () -> RateLimiterConfig
                .custom().limitForPeriod(perMinute).limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO).build());
        return waitOf(limiter);
    }

    private static OptionalLong waitOf(RateLimiter limiter) {
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
                : Duration.ofMinutes(1).toNanos();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    /**
     * The limit of calls without a token (the public endpoints), per client address:
     * {@code jianyi.api.anonymous-requests-per-minute}. Empty when the call may go on; else the seconds to wait.
     */
    OptionalLong acquireAnonymous(String address) {
        int perMinute = settings.anonymousRequestsPerMinute();
        if (addresses.get() >= MAX_ADDRESSES) {
            // bounded memory over months of visitors: start afresh (a visitor's spent limit is forgiven once)
            addresses.set(0);
            anonymous = RateLimiterRegistry.ofDefaults();
        }
        RateLimiter limiter = anonymous.rateLimiter("address-" + address + "-" + perMinute, () -> {
            addresses.incrementAndGet();
            return RateLimiterConfig.custom().limitForPeriod(perMinute).limitRefreshPeriod(Duration.ofMinutes(1))
                    .timeoutDuration(Duration.ZERO).build();
        });
        return waitOf(limiter);
    }

    /** Tests start each class with fresh limits (ADR 0030). */
    @Override
    public void forget() {
        registry = RateLimiterRegistry.ofDefaults();
        anonymous = RateLimiterRegistry.ofDefaults();
        addresses.set(0);
    }
}
