package cn.jianyi.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The configured time-stamp authority (RFC 3161 / GB/T 20520), asked for a trusted time stamp over each sealed OFD
 * letter's signature value (ADR 0055). A request carries the hash of the signature value (SM3 by default), a nonce,
 * the policy when one is configured, and asks for the TSA's certificate. An answer is taken only when it checks: status
 * granted, a token whose nonce, hash algorithm and message imprint are the request's (the imprint recomputed from the
 * signature value), the policy asked for, a CMS signature that verifies with the configured TSA certificate (or, with
 * none configured, the time-stamping certificate the token carries), and a genTime near the application's clock.
 * Anything else — the TSA down, slow past the timeout, refusing, answering what does not check — leaves the letter
 * sealed without a time stamp: {@link #stamp} never throws; it logs a WARN with the reason and keeps it as the last
 * failure, which the administrator sees ({@link #status}). Uses the application's BouncyCastle (bcpkix), only API
 * that 1.68 has too (ADR 0018).
 */
@Component
public class TimeStampAuthority {

    private static final Logger log = LoggerFactory.getLogger(TimeStampAuthority.class);
    private static final Provider BC = new BouncyCastleProvider();
    /** The largest answer read: a token with its certificate chain is a few kilobytes. */
    private static final int MAX_RESPONSE_BYTES = 1 << 20;
    /** How far genTime may lie from the application's clock. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);
    private static final int GRANTED = 0;
    private static final int GRANTED_WITH_MODS = 1;

    private final TimeStampSettings settings;
    /**
     * Real time in the office's zone, not the application's business clock (which tests may hold still): genTime is
     * compared with it, as the engine signs with the real time (like {@link UnitSeals}).
     */
    private final Clock clock;
    private final X509Certificate trusted;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();
    private final AtomicReference<Outcome.Stamped> lastSuccess = new AtomicReference<>();
    private final AtomicReference<Outcome.Failed> lastFailure = new AtomicReference<>();

    TimeStampAuthority(TimeStampSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = Clock.system(clock.getZone());
        this.trusted = settings.certificate().isEmpty() ? null : readCertificate(Path.of(settings.certificate()));
        this.http = settings.configured() ? HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build() : null;   // no client thread while off
    }

    /** What one request came to: a token that checks, or the reason there is none. */
    public sealed interface Outcome {

        /** @param token the TimeStampToken, DER (a CMS ContentInfo) */
        record Stamped(byte[] token, Instant genTime, String authority, Instant at) implements Outcome {
        }

        record Failed(String reason, Instant at) implements Outcome {
        }
    }

    /**
     * The setting and its last outcomes, for the administrator.
     *
     * @param url           the TSA's address, {@code null} when none is configured
     * @param lastSuccess   when the last time stamp was taken (genTime, in the office's zone), {@code null} if none
     *                      since the application started
     * @param lastAuthority the authority that gave it
     * @param lastFailure   when a time stamp was last not had, {@code null} if never since the start
     * @param lastReason    why
     */
    public record Status(String url, ZonedDateTime lastSuccess, String lastAuthority, ZonedDateTime lastFailure,
                         String lastReason) {

        /** Off (no TSA), not asked yet since the start, the last request succeeded, or the last request failed. */
        public enum State {
            OFF, UNUSED, OK, FAILING
        }

        public boolean configured() {
            return url != null;
        }

        public State state() {
            if (!configured()) {
                return State.OFF;
            }
            if (lastSuccess == null && lastFailure == null) {
                return State.UNUSED;
            }
            return lastFailure == null || lastSuccess != null && lastSuccess.isAfter(lastFailure) ? State.OK
                    : State.FAILING;
        }

        /** Configured, and no request has failed since the last one that succeeded. */
        public boolean healthy() {
            return state() == State.OK || state() == State.UNUSED;
        }
    }

    public boolean configured() {
        return settings.configured();
    }

    public Status status() {
        if (!configured()) {
            return new Status(null, null, null, null, null);
        }
        Outcome.Stamped success = lastSuccess.get();
        Outcome.Failed failure = lastFailure.get();
        return new Status(settings.url(),
                success == null ? null : success.genTime().atZone(clock.getZone()),
                success == null ? null : success.authority(),
                failure == null ? null : failure.at().atZone(clock.getZone()),
                failure == null ? null : failure.reason());
    }

    /** The last outcome, {@code null} when none since the start. */
    public Outcome lastOutcome() {
        Outcome.Stamped success = lastSuccess.get();
        Outcome.Failed failure = lastFailure.get();
        if (success == null || failure == null) {
            return success == null ? failure : success;
        }
        return success.at().isAfter(failure.at()) ? success : failure;
    }

    /**
     * What the OFD engine calls with the final signature value: the token's DER, or {@code null} (no time stamp) when
     * the TSA gives none that checks; {@code null} itself when no TSA is configured.
     */
    public UnaryOperator<byte[]> forSealing() {
        return configured() ? value -> stamp(value) instanceof Outcome.Stamped stamped ? stamped.token() : null
                : null;
    }

    /** Asks the TSA for a time stamp over the signature value; never throws. */
    public Outcome stamp(byte[] signatureValue) {
        if (!configured()) {
            return failed("未配置可信时间戳服务");
        }
        try {
            return stamped(request(signatureValue));
        } catch (Refusal refusal) {
            return failed(refusal.getMessage());
        } catch (HttpTimeoutException e) {
            return failed("时间戳服务在 " + settings.timeout().toMillis() + " 毫秒内未应答");
        } catch (ConnectException e) {
            return failed("无法连接时间戳服务：" + settings.url());
        } catch (IOException e) {
            return failed("时间戳服务通信失败：" + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("等待时间戳服务时被中断");
        } catch (RuntimeException e) {
            return failed("时间戳处理出错：" + e);
        }
    }

    private Outcome.Stamped request(byte[] signatureValue) throws IOException, InterruptedException, Refusal {
        byte[] imprint = digest(signatureValue);
        var generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        if (!settings.policy().isEmpty()) {
            generator.setReqPolicy(new ASN1ObjectIdentifier(settings.policy()));
        }
        BigInteger nonce = new BigInteger(64, random);
        TimeStampRequest request = generator.generate(new ASN1ObjectIdentifier(settings.hash().oid()), imprint,
                nonce);
        HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(settings.url()))
                        .timeout(settings.timeout())
                        .header("Content-Type", "application/timestamp-query")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = answer.body()) {
            body = in.readNBytes(MAX_RESPONSE_BYTES);
        }
        if (answer.statusCode() != 200) {
            throw new Refusal("时间戳服务返回 HTTP " + answer.statusCode());
        }
        TimeStampResponse response;
        try {
            response = new TimeStampResponse(body);
        } catch (Exception e) {
            throw new Refusal("时间戳服务的应答无法解析：" + e.getMessage());
        }
        if (response.getStatus() != GRANTED && response.getStatus() != GRANTED_WITH_MODS) {
            throw new Refusal("时间戳服务拒绝了请求（状态 " + response.getStatus()
                    + (response.getStatusString() == null ? "" : "：" + response.getStatusString())
                    + (response.getFailInfo() == null ? "" : "，failInfo " + response.getFailInfo().intValue())
                    + "）");
        }
        TimeStampToken token = response.getTimeStampToken();
        if (token == null) {
            throw new Refusal("时间戳服务的应答没有时间戳");
        }
        var info = token.getTimeStampInfo();
        if (!nonce.equals(info.getNonce())) {
            throw new Refusal("时间戳的随机数（nonce）与请求不符");
        }
        if (!info.getMessageImprintAlgOID().getId().equals(settings.hash().oid())
                || !MessageDigest.isEqual(info.getMessageImprintDigest(), imprint)) {
            throw new Refusal("时间戳的摘要不是签名值的 " + settings.hash() + " 摘要");
        }
        if (!settings.policy().isEmpty() && !settings.policy().equals(info.getPolicy().getId())) {
            throw new Refusal("时间戳的策略 " + info.getPolicy().getId() + " 不是所要求的 " + settings.policy());
        }
        try {
            response.validate(request);
        } catch (Exception e) {
            throw new Refusal("时间戳应答与请求不符：" + e.getMessage());
        }
        X509CertificateHolder signer = signer(token);
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(signer));
        } catch (Exception e) {
            throw new Refusal("时间戳签名验证失败：" + e.getMessage());
        }
        Instant genTime = info.getGenTime().toInstant();
        Instant now = clock.instant();
        if (Duration.between(genTime, now).abs().compareTo(CLOCK_TOLERANCE) > 0) {
            throw new Refusal("时间戳时间 " + genTime + " 与本机时间 " + now + " 相差超过 "
                    + CLOCK_TOLERANCE.toMinutes() + " 分钟");
        }
        return new Outcome.Stamped(token.getEncoded(), genTime, name(signer.getSubject()), now);
    }

    /**
     * The certificate the token must verify with: the configured one (which must be the token's signer), or without
     * one the signer's certificate the token carries.
     */
    @SuppressWarnings("unchecked")
    private X509CertificateHolder signer(TimeStampToken token) throws Refusal {
        if (trusted != null) {
            try {
                var holder = new X509CertificateHolder(trusted.getEncoded());
                if (!token.getSID().match(holder)) {
                    throw new Refusal("时间戳不是由配置的时间戳服务证书（" + name(holder.getSubject()) + "）签发的");
                }
                return holder;
            } catch (IOException | GeneralSecurityException e) {
                throw new Refusal("配置的时间戳服务证书无法读取：" + e.getMessage());
            }
        }
        Collection<X509CertificateHolder> carried = token.getCertificates().getMatches(token.getSID());
        if (carried.isEmpty()) {
            throw new Refusal("时间戳未附带签发证书");
        }
        return carried.iterator().next();
    }

    private byte[] digest(byte[] value) {
        try {
            return MessageDigest.getInstance(settings.hash().algorithm(), BC).digest(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Outcome.Stamped stamped(Outcome.Stamped stamped) {
        lastSuccess.set(stamped);
        log.debug("Time stamp from {} at {}", stamped.authority(), stamped.genTime());
        return stamped;
    }

    private Outcome.Failed failed(String reason) {
        var failed = new Outcome.Failed(reason, clock.instant());
        if (configured()) {
            lastFailure.set(failed);
            log.warn("The letter is sealed without a trusted time stamp: {} (TSA {})", reason, settings.url());
        }
        return failed;
    }

    /** The subject's CN, else the whole subject. */
    static String name(X500Name subject) {
        RDN[] cn = subject.getRDNs(BCStyle.CN);
        return cn.length == 0 ? subject.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    /** A PEM or DER certificate file; a configured file that does not read stops the start, naming it. */
    static X509Certificate readCertificate(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return (X509Certificate) CertificateFactory.getInstance("X.509", BC)
                    .generateCertificate(new ByteArrayInputStream(bytes));
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("jianyi.documents.time-stamp.certificate " + file
                    + " is not a readable X.509 certificate (PEM or DER): " + e.getMessage(), e);
        }
    }

    /** Why an answer is not taken; its message is the reason shown. */
    private static final class Refusal extends Exception {
        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }
}
