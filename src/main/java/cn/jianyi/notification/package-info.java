/**
 * 通知 / Notifications: notices to the people a case concerns (站内通知), also by e-mail through the configured SMTP
 * server and by SMS through an {@link cn.jianyi.notification.SmsGateway}, each person's channels and quiet hours
 * (免打扰时段) respected. Every notice about a case is recorded on its timeline. Other modules notify through
 * {@link cn.jianyi.notification.Notifications}; what happens on a case ({@code CaseAssigned}, {@code ReplySigned}, {@code CaseClosed} …, ADR 0031) is turned
 * into notices here, inside the act's transaction.
 * E-mail and SMS leave through an outbox that one instance at a time dispatches (ADR 0019).
 */
@org.springframework.modulith.ApplicationModule(displayName = "通知")
package cn.jianyi.notification;
