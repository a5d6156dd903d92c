package cn.jianyi.shared;

/**
 * Where a request came from: the network address and the browser, known by a long-lived random cookie. Used to tell
 * whether a deputy's feedback came from a unit's machine; {@code null} where nothing came through the web (seeding).
 */
public record ClientInfo(String address, String deviceId) {
}
