package cn.jianyi.identity.web;

import jakarta.validation.constraints.Size;

/** 修改口令 as typed; the rules are the use case's ({@code IdentityManagement.changePassword}). Never shown back. */
record PasswordForm(@Size(max = 100, message = "{validation.tooLong}") String currentPassword,
                    @Size(max = 100, message = "{validation.tooLong}") String password,
                    @Size(max = 100, message = "{validation.tooLong}") String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm(null, null, null);
    }

    @Override
    public String toString() {
        return "PasswordForm[…]";
    }
}
