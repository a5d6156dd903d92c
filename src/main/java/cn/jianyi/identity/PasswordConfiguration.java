package cn.jianyi.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are stored as BCrypt hashes ({@code {bcrypt}…}), in web and command-line runs alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PasswordPolicy passwordPolicy(PasswordSettings settings) {
        return new PasswordPolicy(settings);
    }
}
