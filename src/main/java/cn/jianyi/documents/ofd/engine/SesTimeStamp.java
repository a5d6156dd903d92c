package cn.jianyi.documents.ofd.engine;

import java.security.MessageDigest;
import java.security.Provider;
import java.util.Collection;

import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tsp.TimeStampToken;
import org.ofdrw.gm.ses.v4.SES_Signature;

import cn.jianyi.documents.ofd.OfdSealCheck;

/**
 * Reads and checks the RFC 3161 time stamp a GB/T 38540-2020 SES_Signature may carry in its {@code timeStamp} field,
 * with the engine's BouncyCastle 1.68 (bcpkix): the message imprint must be the hash (by the token's own algorithm) of
 * the {@code signature} BIT STRING's bytes, and the token's CMS signature must verify with the certificate it carries,
 * which must be a time-stamping certificate in force at genTime (ADR 0055). Whether that authority is trusted is the
 * application's question (it compares with the configured authority's certificate when it takes the stamp).
 */
final class SesTimeStamp {

    private static final Provider BC = new BouncyCastleProvider();

    private SesTimeStamp() {
    }

    /** The time stamp's check, {@code null} when the signature has none. */
    static OfdSealCheck.TimeStamp check(SES_Signature signature) {
        ASN1BitString field = signature.getTimeStamp();
        if (field == null) {
            return null;
        }
        TimeStampToken token;
        try {
            token = new TimeStampToken(new org.bouncycastle.cms.CMSSignedData(field.getBytes()));
        } catch (Exception e) {
            return new OfdSealCheck.TimeStamp(null, null, false, false, "时间戳无法读取：" + e.getMessage());
        }
        var info = token.getTimeStampInfo();
        boolean imprintMatches;
        String problem = null;
        try {
            MessageDigest digest = MessageDigest.getInstance(info.getMessageImprintAlgOID().getId(), BC);
            imprintMatches = MessageDigest.isEqual(info.getMessageImprintDigest(),
                    digest.digest(signature.getSignature().getBytes()));
        } catch (Exception e) {
            imprintMatches = false;
            problem = "时间戳的摘要算法不可用：" + info.getMessageImprintAlgOID();
        }
        if (!imprintMatches && problem == null) {
            problem = "时间戳的摘要与签名值不符";
        }
        X509CertificateHolder certificate = signerCertificate(token);
        boolean verifies = false;
        if (certificate == null) {
            problem = problem == null ? "时间戳未附带签发证书" : problem;
        } else {
            try {
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate));
                verifies = true;
            } catch (Exception e) {
                problem = problem == null ? "时间戳签名验证失败：" + e.getMessage() : problem;
            }
        }
        return new OfdSealCheck.TimeStamp(info.getGenTime().toInstant(), name(certificate), imprintMatches, verifies,
                problem);
    }

    @SuppressWarnings("unchecked")
    private static X509CertificateHolder signerCertificate(TimeStampToken token) {
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        return matches.isEmpty() ? null : matches.iterator().next();
    }

    /** The certificate's CN, else its whole subject. */
    private static String name(X509CertificateHolder certificate) {
        if (certificate == null) {
            return null;
        }
        RDN[] cn = certificate.getSubject().getRDNs(BCStyle.CN);
        return cn.length == 0 ? certificate.getSubject().toString()
                : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
