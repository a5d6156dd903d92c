package cn.jianyi.notification;

/** Where an e-mail or SMS of a notice stands in the outbox. */
public enum DeliveryStatus {
    /** 待发送: due now or later (quiet hours, a retry after an error). */
    PENDING,
    /** 已发送. */
    SENT,
    /** 发送失败: every attempt failed; the last error is kept. */
    FAILED
}
