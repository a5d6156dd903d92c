package cn.jianyi.notification;

/**
 * Which channels besides the in-app list can reach people now, for the settings page.
 *
 * @param emailOn     an SMTP server is configured ({@code spring.mail.host})
 * @param smsGateway  a real SMS gateway is installed; without one, SMS are only logged
 */
public record ChannelStatus(boolean emailOn, boolean smsGateway) {
}
