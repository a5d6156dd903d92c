package cn.jianyi.notification.web;

import java.time.LocalTime;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.identity.ContactDetails;

/** 通知设置 as typed: the rules themselves are {@link ContactDetails#problems()}, shown beside each field. */
record ContactSettingsForm(
        @Size(max = 254, message = "{validation.tooLong}") String email,
        @Size(max = 20, message = "{validation.tooLong}") String mobile,
        @DateTimeFormat(pattern = "HH:mm") LocalTime quietFrom,
        @DateTimeFormat(pattern = "HH:mm") LocalTime quietUntil,
        Boolean notifyByEmail,
        Boolean notifyBySms) {

    static ContactSettingsForm of(ContactDetails details) {
        return new ContactSettingsForm(details.email(), details.mobile(), details.quietFrom(), details.quietUntil(),
                details.notifyByEmail(), details.notifyBySms());
    }

    ContactDetails toDetails() {
        return new ContactDetails(email, mobile, quietFrom, quietUntil, Boolean.TRUE.equals(notifyByEmail),
                Boolean.TRUE.equals(notifyBySms));
    }
}
