package cn.jianyi.documents;

import java.io.ByteArrayInputStream;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import cn.jianyi.documents.ofd.OfdDocument;
import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdSealCheck;
import cn.jianyi.documents.ofd.OfdSealKey;
import cn.jianyi.documents.ofd.OfdStamp;

/**
 * Checks that a seal's three files belong together and sign: the private key reads as SM2 (PKCS#8), the certificate
 * as X.509 and is in force today, a test signature made with the key verifies with the certificate (SM3withSM2,
 * BouncyCastle), and a one-page OFD sealed with the three verifies in the OFD engine (the seal parses as GB/T 38540
 * and its signature checks). The first failure is the reason.
 */
final class SealChecks {

    private static final Provider BC = new BouncyCastleProvider();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The outcome: {@code field} is the file to blame ({@code null} when valid). */
    record Outcome(boolean valid, String field, String reasonKey, String detail, String subject, LocalDate validUntil) {
    }

    private SealChecks() {
    }

    static Outcome check(OfdSealKey material, OfdEngine engine, java.time.Instant at) {
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509", BC)
                    .generateCertificate(new ByteArrayInputStream(material.certificate()));
        } catch (Exception unreadable) {
            return refused("certificate", "seal.certificate.unreadable", null, null, null);
        }
        String subject = certificate.getSubjectX500Principal().getName();
        LocalDate until = certificate.getNotAfter().toInstant().atZone(CHINA).toLocalDate();
        PrivateKey key;
        try {
            key = KeyFactory.getInstance("EC", BC).generatePrivate(new PKCS8EncodedKeySpec(material.privateKey()));
        } catch (Exception unreadable) {
            return refused("key", "seal.key.unreadable", null, subject, until);
        }
        try {
            certificate.checkValidity(Date.from(at));
        } catch (Exception expired) {
            return refused("certificate", "seal.certificate.notInForce", until.toString(), subject, until);
        }
        try {
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature signer = Signature.getInstance("SM3withSM2", BC);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SM3withSM2", BC);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                return refused("key", "seal.key.mismatch", null, subject, until);
            }
        } catch (Exception mismatch) {
            return refused("key", "seal.key.mismatch", null, subject, until);
        }
        try {
            var page = new OfdDocument.Page(210, 297, List.of(), List.of(new OfdDocument.Shape(
                    List.of(List.of(new double[] {20, 20}, new double[] {60, 20})), false, 0.5, 0)));
            byte[] ofd = engine.write(new OfdDocument(List.of(page), Map.of()));
            byte[] sealed = engine.seal(ofd, material, new OfdStamp(1, 80, 80, 42, 42),
                    at.atZone(CHINA));
            OfdSealCheck result = engine.verify(sealed);
            if (!result.signed() || !result.valid()) {
                return refused("seal", "seal.seal.doesNotVerify", result.message(), subject, until);
            }
        } catch (Exception unreadable) {
            return refused("seal", "seal.seal.unreadable", String.valueOf(unreadable.getMessage()), subject, until);
        }
        return new Outcome(true, null, null, null, subject, until);
    }

    private static Outcome refused(String field, String key, String detail, String subject, LocalDate until) {
        return new Outcome(false, field, key, detail, subject, until);
    }
}
