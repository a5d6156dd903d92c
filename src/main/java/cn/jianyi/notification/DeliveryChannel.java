package cn.jianyi.notification;

/** A way a notice leaves the application besides the in-app list, which is always used and never deferred. */
public enum DeliveryChannel {
    /** 邮件, through the configured SMTP server. */
    EMAIL,
    /** 短信, through the {@link SmsGateway}. */
    SMS
}
