package cn.jianyi.identity;

import java.util.Objects;

/**
 * 修改口令: the holder of an account sets a new password, giving the current one and the new one twice.
 *
 * @param userId          the account (the logged-in person's own)
 * @param currentPassword the password now in use (or the temporary one)
 * @param password        the new password, checked by {@link PasswordPolicy}
 * @param confirmation    the new password again
 */
public record ChangePasswordCommand(long userId, String currentPassword, String password, String confirmation) {

    public ChangePasswordCommand {
        currentPassword = Objects.requireNonNullElse(currentPassword, "");
        password = Objects.requireNonNullElse(password, "");
        confirmation = Objects.requireNonNullElse(confirmation, "");
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[userId=" + userId + "]";
    }
}
