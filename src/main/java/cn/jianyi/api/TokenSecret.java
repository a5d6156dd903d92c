package cn.jianyi.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A token's secret: {@code jy_} and 32 random bytes (256 bits) in base64url, 46 characters. Only its SHA-256 hash is
 * stored, with a hint (the prefix and first and last four characters) so that an administrator recognises it in the
 * list; the secret itself is shown once.
 */
public record TokenSecret(String value) {

    public static final String PREFIX = "jy_";
    /** The demo's published token (demo data only): it works while the demo logins do. */
    public static final TokenSecret DEMO = new TokenSecret("jy_jianyi-demo-clerk-token");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static TokenSecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** SHA-256 of the whole secret, in lower-case hex (64 characters): what the database keeps. */
    public String hash() {
        return hashOf(value);
    }

    public static String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code jy_AbCd…wXyZ}: enough to tell tokens apart, far too little to guess the rest. */
    public String hint() {
        return value.substring(0, PREFIX.length() + 4) + "…" + value.substring(value.length() - 4);
    }

    /** Never the secret: a log line or an exception message must not carry it. */
    @Override
    public String toString() {
        return "TokenSecret[" + hint() + "]";
    }
}
