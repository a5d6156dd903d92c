package cn.jianyi.shared;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation's {@code @PastOrPresent} and friends use the application's clock (the congress's time zone), not the
 * server's default zone: otherwise "today" in 南昌 could be refused as a future date on a UTC server.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClock {

    @Bean
    ValidationConfigurationCustomizer applicationClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
