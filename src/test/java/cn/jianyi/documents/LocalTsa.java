package cn.jianyi.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A time-stamp authority on loopback for tests (RFC 3161 over HTTP, §3.4): the JDK's HttpServer on 127.0.0.1, an
 * ephemeral port, answering with BouncyCastle's TimeStampResponseGenerator, signed SM3withSM2 by a self-signed SM2
 * certificate with the critical id-kp-timeStamping extended key usage. Its {@link Mode} makes it misbehave.
 */
final class LocalTsa implements AutoCloseable {

    static final String POLICY = "1.2.156.1.2026.19.1";

    enum Mode {
        /** A token over the request's imprint, signed by this TSA's certificate. */
        GRANT,
        /** status rejection, failInfo badRequest. */
        REJECT,
        /** A token over another hash (the imprint does not match the signature value). */
        OTHER_IMPRINT,
        /** A token signed by another (also time-stamping) certificate. */
        OTHER_SIGNER,
        /** Answers after {@link #SLOW}. */
        SLOW
    }

    static final Duration SLOW = Duration.ofSeconds(4);
    private static final Provider BC = new BouncyCastleProvider();

    private final KeyPair key;
    private final X509Certificate certificate;
    private final KeyPair otherKey;
    private final X509Certificate otherCertificate;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicLong serial = new AtomicLong(1);
    private volatile Mode mode = Mode.GRANT;

    LocalTsa() throws IOException, GeneralSecurityException {
        key = sm2();
        certificate = certificate("Jianyi Test TSA", key);
        otherKey = sm2();
        otherCertificate = certificate("Another TSA", otherKey);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    X509Certificate certificate() {
        return certificate;
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    /** The TSA's certificate as a PEM file. */
    Path writeCertificate(Path dir) throws IOException, GeneralSecurityException {
        Path file = dir.resolve("tsa.pem");
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        return file;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
            byte[] response = respond(request).getEncoded();
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private org.bouncycastle.tsp.TimeStampResponse respond(TimeStampRequest request) throws Exception {
        Mode now = mode;
        BigInteger number = BigInteger.valueOf(serial.getAndIncrement());
        switch (now) {
            case REJECT:
                return generator(key, certificate).generateFailResponse(PKIStatus.REJECTION,
                        PKIFailureInfo.badRequest, "request refused by policy");
            case OTHER_IMPRINT:
                TimeStampRequest other = new TimeStampRequestGenerator().generate(TSPAlgorithms.SM3,
                        IndependentOfdCheck.sm3("another document".getBytes(StandardCharsets.UTF_8)),
                        request.getNonce());
                return generator(key, certificate).generate(other, number, new Date());
            case OTHER_SIGNER:
                return generator(otherKey, otherCertificate).generate(request, number, new Date());
            case SLOW:
                Thread.sleep(SLOW.toMillis());
                return generator(key, certificate).generate(request, number, new Date());
            default:
                return generator(key, certificate).generate(request, number, new Date());
        }
    }

    private static TimeStampResponseGenerator generator(KeyPair key, X509Certificate certificate) throws Exception {
        var signer = new JcaSimpleSignerInfoGeneratorBuilder().setProvider(BC)
                .build("SM3withSM2", key.getPrivate(), certificate);
        var certId = new JcaDigestCalculatorProviderBuilder().setProvider(BC).build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
        var tokens = new TimeStampTokenGenerator(signer, certId, new ASN1ObjectIdentifier(POLICY));
        tokens.addCertificates(new JcaCertStore(List.of(certificate)));
        return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    }

    private static KeyPair sm2() throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("EC", BC);
        generator.initialize(new ECGenParameterSpec("sm2p256v1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String name, KeyPair key) throws GeneralSecurityException {
        try {
            var subject = new X500Name("CN=" + name + ",O=Jianyi,C=CN");
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), subject,
                    key.getPublic());
            builder.addExtension(Extension.extendedKeyUsage, true,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            var signer = new JcaContentSignerBuilder("SM3withSM2").setProvider(BC).build(key.getPrivate());
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new GeneralSecurityException(e);
        }
    }
}
