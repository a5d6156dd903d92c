package cn.jianyi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password hashes' work factor: BCrypt at the configured cost, reading hashes made at any other. */
class PasswordConfigurationTests {

    private final PasswordConfiguration configuration = new PasswordConfiguration();

    @Test
    @DisplayName("默认以BCrypt 10轮保存口令；其他轮数保存的口令照样可以验证")
    void newHashesTakeTheConfiguredCostAndOldOnesStillMatch() {
        PasswordEncoder production = configuration.passwordEncoder(PasswordConfiguration.DEFAULT_COST);
        PasswordEncoder cheap = configuration.passwordEncoder(4);
        String strong = production.encode("Xinjian-2026!");
        String weak = cheap.encode("Xinjian-2026!");
        assertThat(strong).startsWith("{bcrypt}$2a$10$");
        assertThat(weak).startsWith("{bcrypt}$2a$04$");
        assertThat(cheap.matches("Xinjian-2026!", strong)).isTrue();
        assertThat(production.matches("Xinjian-2026!", weak)).isTrue();
        assertThat(production.matches("xinjian-2026!", weak)).isFalse();
    }

    @Test
    @DisplayName("轮数超出BCrypt允许的4至31时拒绝启动")
    void aCostBeyondBcryptsRangeIsRefused() {
        assertThatThrownBy(() -> configuration.passwordEncoder(3)).hasMessageContaining("4 to 31");
        assertThatThrownBy(() -> configuration.passwordEncoder(32)).hasMessageContaining("4 to 31");
    }
}
