package cn.jianyi.identity;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** One of an account's latest passwords, as its hash only (a row of {@code password_history}). */
@Table("password_history")
record PasswordUse(String passwordHash, Instant changedAt) {

    @Override
    public String toString() {
        return "PasswordUse[" + changedAt + "]";
    }
}
