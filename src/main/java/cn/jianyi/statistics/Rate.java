package cn.jianyi.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A rate as counted: numerator over denominator, always shown together. The percentage is exact to two decimals,
 * rounded half up from the exact quotient (54/93 = 58.0645… → 58.06); a zero denominator has no percentage (shown
 * as —).
 */
public record Rate(long numerator, long denominator) {

    public Rate {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("rate " + numerator + "/" + denominator);
        }
    }

    /** The percentage with two decimals, HALF_UP; empty when nothing was counted. */
    public Optional<BigDecimal> percent() {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP));
    }

    /** {@code 58.06%}, or — for a zero denominator. */
    public String percentText() {
        return percent().map(p -> p.toPlainString() + "%").orElse("—");
    }
}
