package cn.jianyi.documents;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jianyi.documents.time-stamp.*}: the time-stamp authority (TSA, RFC 3161 / GB/T 20520) whose trusted time
 * stamp goes on each sealed OFD letter (ADR 0055). Off while no URL is set: letters are sealed without a time stamp.
 *
 * @param url         the TSA's address, HTTP(S) POST of {@code application/timestamp-query} (RFC 3161 §3.4);
 *                    blank for none (JIANYI_TSA_URL)
 * @param policy      the TSA policy OID to ask for, blank for the TSA's default
 * @param timeout     how long to wait for the TSA, connecting and answering each
 * @param hash        the hash of the signature value sent as message imprint: SM3 (GB/T 32905) or SHA256
 * @param certificate the TSA's certificate (PEM or DER file) that its tokens must verify with; blank to accept the
 *                    certificate a token carries (still checked: time-stamping usage, in force, signature)
 */
@ConfigurationProperties("jianyi.documents.time-stamp")
public record TimeStampSettings(@DefaultValue("") String url,
                                @DefaultValue("") String policy,
                                @DefaultValue("5s") Duration timeout,
                                @DefaultValue("SM3") Hash hash,
                                @DefaultValue("") String certificate) {

    /** The message imprint's hash algorithm, with its OID (GM/T 0006, RFC 5758) and its JCA name. */
    public enum Hash {
        SM3("1.2.156.10197.1.401", "SM3"),
        SHA256("2.16.840.1.101.3.4.2.1", "SHA-256");

        private final String oid;
        private final String algorithm;

        Hash(String oid, String algorithm) {
            this.oid = oid;
            this.algorithm = algorithm;
        }

        public String oid() {
            return oid;
        }

        public String algorithm() {
            return algorithm;
        }
    }

    public TimeStampSettings {
        url = url == null ? "" : url.strip();
        policy = policy == null ? "" : policy.strip();
        certificate = certificate == null ? "" : certificate.strip();
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        hash = hash == null ? Hash.SM3 : hash;
        if (!url.isEmpty()) {
            String scheme = URI.create(url).getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
                throw new IllegalArgumentException("jianyi.documents.time-stamp.url must be an http or https URL: "
                        + url);
            }
        }
        if (!policy.isEmpty() && !policy.matches("[0-2](\\.\\d+)+")) {
            throw new IllegalArgumentException("jianyi.documents.time-stamp.policy must be an OID such as "
                    + "1.2.3.4: " + policy);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("jianyi.documents.time-stamp.timeout must be positive: " + timeout);
        }
    }

    /** No time-stamp authority: letters are sealed without a time stamp. */
    public static TimeStampSettings off() {
        return new TimeStampSettings("", "", Duration.ofSeconds(5), Hash.SM3, "");
    }

    /** Whether a time-stamp authority is configured. */
    public boolean configured() {
        return !url.isEmpty();
    }
}
