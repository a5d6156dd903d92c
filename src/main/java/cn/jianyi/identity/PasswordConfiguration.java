package cn.jianyi.identity;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as BCrypt hashes ({@code {bcrypt}…}), in web and command-line runs alike. The work factor of
 * new hashes is {@code jianyi.security.password-hash-cost} (BCrypt's log rounds, default 10, as Spring Security's);
 * a stored hash carries its own, so a change applies to passwords set from then on. The test applications use 4:
 * half of their CPU went to checking passwords at the thousands of logins a build makes (ADR 0030, fifth addendum).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    static final int DEFAULT_COST = 10;

    @Bean
    PasswordEncoder passwordEncoder(@Value("${jianyi.security.password-hash-cost:" + DEFAULT_COST + "}") int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("jianyi.security.password-hash-cost: BCrypt's log rounds, 4 to 31");
        }
        // new hashes in BCrypt at the given cost; a hash of another kind is read as Spring Security's factory reads it
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }

    @Bean
    PasswordPolicy passwordPolicy(PasswordSettings settings) {
        return new PasswordPolicy(settings);
    }
}
