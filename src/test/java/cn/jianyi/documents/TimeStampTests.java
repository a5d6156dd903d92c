package cn.jianyi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.demo.DemoReference;
import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdSchema;
import cn.jianyi.documents.ofd.OfdSealCheck;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;

/**
 * A trusted time stamp (RFC 3161) on the sealed OFD from a time-stamp authority on loopback ({@link LocalTsa}), ADR
 * 0055: the token lies in the SES_Signature's timeStamp field, its imprint is the SM3 of the signature value, it
 * verifies with the TSA's certificate, and the seal still verifies (engine and independent check) and the package
 * still validates. A TSA that is down, refuses, answers over another hash, is signed by another certificate, or is
 * too slow leaves the letter sealed without a time stamp and says why, within the timeout. The renderer is built here
 * with each setting (no Spring configuration of its own); the reference letter's PDF is laid out once.
 */
@Tag("rendering")
@Lanes.BesideBrowsers
@IntegrationTest(properties = "jianyi.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeStampTests {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Autowired DemoReference demo;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;
    @Autowired PdfLetterRenderer pdf;
    @Autowired DocumentFonts fonts;
    @Autowired OfdEngine engine;
    @Autowired UnitSeals seals;
    @Autowired Clock clock;
    @Autowired org.springframework.beans.factory.BeanFactory beans;

    private Path dir;
    private LocalTsa tsa;
    private Path tsaCertificate;
    private ReplyLetter letter;
    private byte[] letterPdf;
    private TimeStampAuthority authority;
    private byte[] stamped;
    private Instant before;
    private Instant after;

    @BeforeAll
    void stampTheReferenceLetter() throws IOException, GeneralSecurityException {
        tsa = new LocalTsa();
        dir = Files.createTempDirectory("jianyi-tsa-");
        tsaCertificate = tsa.writeCertificate(dir);
        letter = ReferenceLetters.reference(demo, replyQueries, letters);
        letterPdf = pdf.render(letter);
        authority = authority(tsa.url(), tsaCertificate.toString());
        before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        stamped = renderer(authority).render(letter, letterPdf);
        after = Instant.now().plusSeconds(1);
    }

    @AfterAll
    void stopTheTsa() throws IOException {
        tsa.close();
        Files.deleteIfExists(tsaCertificate);
        Files.deleteIfExists(dir);
    }

    private TimeStampAuthority authority(String url, String certificate) {
        return new TimeStampAuthority(new TimeStampSettings(url, LocalTsa.POLICY, TIMEOUT,
                TimeStampSettings.Hash.SM3, certificate), clock);
    }

    private OfdLetterRenderer renderer(TimeStampAuthority timeStamps) {
        return new OfdLetterRenderer(pdf, fonts, engine, seals, timeStamps, clock);
    }

    private static IndependentOfdCheck.SesSignature signedValue(byte[] ofd) throws IOException {
        Map<String, byte[]> files = OfdPackage.unzip(ofd);
        return IndependentOfdCheck.SesSignature.parse(files.get("Doc_0/Signs/Sign_0/SignedValue.dat"));
    }

    @Test
    @DisplayName("配置了时间戳服务：时间戳在 SES_Signature 的 timeStamp 中，摘要是签名值的 SM3，用 TSA 证书验证通过，时间在本次测试内")
    void theTokenIsInTheSignatureOverItsValue() throws Exception {
        IndependentOfdCheck.SesSignature signature = signedValue(stamped);

        assertThat(signature.timeStamp()).isNotNull();
        var token = new TimeStampToken(new CMSSignedData(signature.timeStamp()));
        var info = token.getTimeStampInfo();
        assertThat(info.getMessageImprintAlgOID().getId()).isEqualTo(IndependentOfdCheck.SM3_OID);
        assertThat(info.getMessageImprintDigest()).isEqualTo(IndependentOfdCheck.sm3(signature.signature()));
        assertThat(info.getPolicy().getId()).isEqualTo(LocalTsa.POLICY);
        assertThat(info.getGenTime().toInstant()).isBetween(before, after);
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(new BouncyCastleProvider())
                .build(new X509CertificateHolder(tsa.certificate().getEncoded())));
    }

    @Test
    @DisplayName("带时间戳的 OFD：引擎验章通过并报告时间戳；独立核验（含时间戳的摘要与 CMS 签名）通过；模式校验通过")
    void theSealStillVerifiesAndTheTimeStampIsReported() throws Exception {
        OfdSealCheck check = engine.verify(stamped);
        assertThat(check.valid()).as(check.message()).isTrue();
        assertThat(check.timeStamp()).isNotNull();
        assertThat(check.timeStamp().problem()).isNull();
        assertThat(check.timeStamp().holds()).isTrue();
        assertThat(check.timeStamp().authority()).isEqualTo("Jianyi Test TSA");
        assertThat(check.timeStamp().genTime()).isBetween(before, after);

        var certificate = org.bouncycastle.asn1.x509.Certificate.getInstance(tsa.certificate().getEncoded());
        IndependentOfdCheck.Result independent = IndependentOfdCheck.check(stamped, certificate);
        assertThat(independent.allProblems()).isEmpty();
        assertThat(independent.unprotected()).isEmpty();
        assertThat(independent.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.timeStamp()).isNotNull();
            assertThat(signature.timeStamp().imprintMatches()).isTrue();
            assertThat(signature.timeStamp().signatureVerifies()).isTrue();
            assertThat(signature.timeStamp().hashAlgorithm()).isEqualTo(IndependentOfdCheck.SM3_OID);
            assertThat(signature.timeStamp().signer()).contains("CN=Jianyi Test TSA");
            assertThat(signature.timeStamp().genTime()).isBetween(before, after);
        });

        assertThat(OfdSchema.check(stamped).valid()).as(OfdSchema.check(stamped).summary()).isTrue();
        assertThat(authority.status().state()).isEqualTo(TimeStampAuthority.Status.State.OK);
        assertThat(authority.status().lastSuccess()).isNotNull();
        assertThat(authority.status().lastAuthority()).isEqualTo("Jianyi Test TSA");
        assertThat(authority.status().lastFailure()).isNull();
    }

    @Test
    @DisplayName("render-demo 的时间戳一行：时间（办公时区）、签发机构、验证通过；失败时写明原因；未配置时写明未配置")
    void theCommandLineSaysWhatTheTimeStampIs() throws IOException {
        Path file = dir.resolve("stamped.ofd");
        Files.write(file, stamped);
        assertThat(documents(authority).timeStampStatus(file))
                .matches("time stamp: \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00 from Jianyi Test TSA, verifies");

        TimeStampAuthority failing = authority(tsa.url(), tsaCertificate.toString());
        tsa.mode(LocalTsa.Mode.REJECT);
        try {
            Files.write(file, renderer(failing).render(letter, letterPdf));
        } finally {
            tsa.mode(LocalTsa.Mode.GRANT);
        }
        assertThat(documents(failing).timeStampStatus(file))
                .startsWith("time stamp: failed (时间戳服务拒绝了请求（状态 2：request refused by policy");

        assertThat(documents(new TimeStampAuthority(TimeStampSettings.off(), clock)).timeStampStatus(file))
                .isEqualTo("time stamp: none (no time-stamp authority configured)");
        Files.delete(file);
    }

    private LetterDocuments documents(TimeStampAuthority timeStamps) {
        return new LetterDocuments(beans, renderer(timeStamps), engine, timeStamps, clock);
    }

    @Test
    @DisplayName("换上另一签名值的时间戳：印章仍有效，但引擎与独立核验都指出时间戳的摘要与签名值不符")
    void aTimeStampOverAnotherSignatureIsCaught() throws Exception {
        var other = (TimeStampAuthority.Outcome.Stamped) authority.stamp(new byte[] {4, 2});
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(OfdPackage.unzip(stamped));
        String path = "Doc_0/Signs/Sign_0/SignedValue.dat";
        var fields = org.bouncycastle.asn1.ASN1Sequence.getInstance(
                org.bouncycastle.asn1.ASN1Primitive.fromByteArray(files.get(path)));
        var swapped = new org.bouncycastle.asn1.ASN1EncodableVector();
        for (int i = 0; i < 4; i++) {
            swapped.add(fields.getObjectAt(i));
        }
        swapped.add(new org.bouncycastle.asn1.DERTaggedObject(true, 0,
                new org.bouncycastle.asn1.DERBitString(other.token())));
        files.put(path, new org.bouncycastle.asn1.DERSequence(swapped).getEncoded("DER"));
        byte[] tampered = OfdPackage.zip(files);

        OfdSealCheck check = engine.verify(tampered);
        assertThat(check.valid()).as("the seal itself does not cover the time stamp").isTrue();
        assertThat(check.timeStamp().imprintMatches()).isFalse();
        assertThat(check.timeStamp().verifies()).isTrue();
        assertThat(check.timeStamp().holds()).isFalse();
        assertThat(check.timeStamp().problem()).isEqualTo("时间戳的摘要与签名值不符");
        assertThat(IndependentOfdCheck.check(tampered).allProblems()).containsExactly(
                "time stamp: the message imprint is not the " + IndependentOfdCheck.SM3_OID
                        + " hash of the signature value");
    }

    @Test
    @DisplayName("独立核验发现时间戳不是由给定的 TSA 证书签发")
    void theIndependentCheckNamesAForeignTsaCertificate() throws Exception {
        org.bouncycastle.asn1.x509.Certificate foreign;
        try (var other = new LocalTsa()) {
            foreign = org.bouncycastle.asn1.x509.Certificate.getInstance(other.certificate().getEncoded());
        }

        IndependentOfdCheck.Result result = IndependentOfdCheck.check(stamped, foreign);

        assertThat(result.allProblems()).containsExactly(
                "time stamp: the CMS signature does not verify with " + foreign.getSubject());
    }

    @Test
    @DisplayName("时间戳服务宕机、拒绝、摘要不符、证书不符、超时：答复照常盖章但无时间戳，记录原因，不超过超时")
    void aTsaThatFailsLeavesTheLetterSealedWithoutATimeStamp() throws Exception {
        String down;
        try (var stopped = new LocalTsa()) {
            down = stopped.url();
        }
        assertFailure(authority(down, tsaCertificate.toString()), "无法连接时间戳服务");

        tsa.mode(LocalTsa.Mode.REJECT);
        assertFailure(authority(tsa.url(), tsaCertificate.toString()), "时间戳服务拒绝了请求（状态 2：request refused by policy");
        tsa.mode(LocalTsa.Mode.OTHER_IMPRINT);
        assertFailure(authority(tsa.url(), tsaCertificate.toString()), "时间戳的摘要不是签名值的 SM3 摘要");
        tsa.mode(LocalTsa.Mode.OTHER_SIGNER);
        assertFailure(authority(tsa.url(), tsaCertificate.toString()),
                "时间戳不是由配置的时间戳服务证书（Jianyi Test TSA）签发的");
        tsa.mode(LocalTsa.Mode.SLOW);
        assertFailure(authority(tsa.url(), tsaCertificate.toString()), "时间戳服务在 2000 毫秒内未应答");
        tsa.mode(LocalTsa.Mode.GRANT);
    }

    private void assertFailure(TimeStampAuthority failing, String reason) {
        long start = System.nanoTime();
        byte[] ofd = renderer(failing).render(letter, letterPdf);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        OfdSealCheck check = engine.verify(ofd);
        assertThat(check.signed()).isTrue();
        assertThat(check.valid()).as(check.message()).isTrue();
        assertThat(check.timeStamp()).isNull();
        assertThat(IndependentOfdCheck.check(ofd).allProblems()).isEmpty();
        assertThat(failing.lastOutcome()).isInstanceOfSatisfying(TimeStampAuthority.Outcome.Failed.class,
                failed -> assertThat(failed.reason()).startsWith(reason));
        assertThat(failing.status().state()).isEqualTo(TimeStampAuthority.Status.State.FAILING);
        assertThat(failing.status().lastReason()).startsWith(reason);
        assertThat(failing.status().lastFailure()).isNotNull();
        assertThat(took).as("sealing with a failing TSA (%s)", reason).isLessThan(TIMEOUT.plusSeconds(5));
    }

    @Test
    @DisplayName("未配置时间戳服务：不请求、状态为未配置；错误的设置在启动时被拒绝")
    void withoutATsaNothingIsAskedAndBadSettingsAreRefused() {
        var off = new TimeStampAuthority(TimeStampSettings.off(), clock);
        assertThat(off.configured()).isFalse();
        assertThat(off.forSealing()).isNull();
        assertThat(off.status().state()).isEqualTo(TimeStampAuthority.Status.State.OFF);
        assertThat(authority(tsa.url(), "").status().state()).isEqualTo(TimeStampAuthority.Status.State.UNUSED);
        assertThat(off.lastOutcome()).isNull();

        assertThatThrownBy(() -> new TimeStampSettings("ftp://tsa.example", "", TIMEOUT, TimeStampSettings.Hash.SM3,
                "")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> new TimeStampSettings("http://tsa.example", "policy", TIMEOUT,
                TimeStampSettings.Hash.SM3, "")).hasMessageContaining("OID");
        assertThatThrownBy(() -> new TimeStampSettings("http://tsa.example", "", Duration.ZERO,
                TimeStampSettings.Hash.SM3, "")).hasMessageContaining("positive");
        assertThatThrownBy(() -> authority(tsa.url(), dir.resolve("missing.pem").toString()))
                .hasMessageContaining("missing.pem");
    }

    @Test
    @DisplayName("SHA-256 摘要、不指定证书：接受令牌自带的时间戳证书")
    void sha256WithTheCarriedCertificate() {
        var sha256 = new TimeStampAuthority(new TimeStampSettings(tsa.url(), "", TIMEOUT,
                TimeStampSettings.Hash.SHA256, ""), clock);

        TimeStampAuthority.Outcome outcome = sha256.stamp(new byte[] {1, 2, 3});

        assertThat(outcome).isInstanceOfSatisfying(TimeStampAuthority.Outcome.Stamped.class, stamp -> {
            assertThat(stamp.authority()).isEqualTo("Jianyi Test TSA");
            assertThat(stamp.token()).isNotEmpty();
        });
    }
}
