package cn.jianyi.documents.ofd.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.ofdrw.gm.ses.v1.SES_ESPictrueInfo;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_CertList;
import org.ofdrw.gm.ses.v4.SES_ESPropertyInfo;
import org.ofdrw.gm.ses.v4.SES_SealInfo;
import org.ofdrw.gm.ses.v4.SES_Signature;
import org.ofdrw.gm.ses.v4.SESeal;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.OFDSigner;
import org.ofdrw.sign.SignMode;
import org.ofdrw.sign.signContainer.SESV4Container;
import org.ofdrw.sign.stamppos.NormalStampPos;
import org.ofdrw.sign.verify.OFDValidator;
import org.ofdrw.sign.verify.container.SESV4ValidateContainer;

import cn.jianyi.documents.ofd.OfdSealCheck;
import cn.jianyi.documents.ofd.OfdSealKey;
import cn.jianyi.documents.ofd.OfdStamp;

/**
 * GB/T 38540 electronic seals on ofdrw-sign and BouncyCastle 1.68: sealing an OFD with a unit's seal, verifying every
 * signature of an OFD, and making a demonstration seal. BouncyCastle is used as a provider object, never registered
 * with {@link java.security.Security}, so the application's own BouncyCastle (if any) is untouched.
 */
final class OfdrwSeals {

    private static final Provider BC = new BouncyCastleProvider();

    /**
     * Seals with ofdrw, then puts Signatures.xml and Signature.xml in the standard's form and signs the final
     * Signature.xml again with the same seal and key ({@link OfdStandardXml#afterSealing}). The time stamp, when one
     * is asked for, is taken over that final signature only (ofdrw's first signature is discarded): ofdrw's own
     * {@code TimeStampHook} puts the token into the SES_Signature's {@code timeStamp} field.
     */
    byte[] seal(byte[] ofd, OfdSealKey key, OfdStamp stamp, ZonedDateTime signedAt, UnaryOperator<byte[]> timeStamp)
            throws IOException, GeneralSecurityException {
        PrivateKey privateKey = KeyFactory.getInstance("EC", BC)
                .generatePrivate(new PKCS8EncodedKeySpec(key.privateKey()));
        Certificate certificate = certificate(key.certificate());
        SESeal seal = SESeal.getInstance(key.seal());
        var container = new SESV4Container(privateKey, seal, certificate);
        var out = new ByteArrayOutputStream();
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd));
             OFDSigner signer = new OFDSigner(reader, out)) {
            signer.setSignMode(SignMode.ContinueSign);
            signer.setSignContainer(container);
            signer.addApPos(new NormalStampPos(stamp.page(), stamp.x(), stamp.y(), stamp.width(), stamp.height()));
            signer.exeSign();
        }
        if (timeStamp != null) {
            container.setTimeStampHook(timeStamp::apply);
        }
        return OfdStandardXml.afterSealing(out.toByteArray(), signedAt, container);
    }

    OfdSealCheck verify(byte[] ofd) {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            if (!reader.hasSignature()) {
                return new OfdSealCheck(false, false, null, "文件未加盖电子印章");
            }
            SES_Signature first = firstSignature(reader);
            String sealName = sealName(first);
            OfdSealCheck.TimeStamp timeStamp = first == null ? null : SesTimeStamp.check(first);
            try (OFDValidator validator = new OFDValidator(reader)) {
                validator.setValidator(new SESV4ValidateContainer());
                validator.exeValidate();
                return new OfdSealCheck(true, true, sealName, null, timeStamp);
            } catch (Exception e) {
                return new OfdSealCheck(true, false, sealName, e.getClass().getSimpleName() + ": " + e.getMessage(),
                        timeStamp);
            }
        } catch (IOException e) {
            return new OfdSealCheck(false, false, null, "无法读取 OFD 文件：" + e.getMessage());
        }
    }

    /** The first signed value (SignedValue.dat) in the unpacked package, {@code null} when it cannot be read. */
    private static SES_Signature firstSignature(OFDReader reader) {
        try (var files = Files.walk(reader.getWorkDir())) {
            Path signedValue = files.filter(p -> p.getFileName().toString().equals("SignedValue.dat"))
                    .sorted().findFirst().orElse(null);
            return signedValue == null ? null : SES_Signature.getInstance(Files.readAllBytes(signedValue));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The seal's name in the signature, {@code null} when there is none. */
    private static String sealName(SES_Signature signature) {
        try {
            return signature == null ? null
                    : signature.getToSign().getEseal().geteSealInfo().getProperty().getName().getString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    OfdSealKey makeSeal(String unitName, byte[] png, int widthMm, int heightMm)
            throws GeneralSecurityException, IOException {
        var generator = KeyPairGenerator.getInstance("EC", BC);
        generator.initialize(new ECGenParameterSpec("sm2p256v1"));
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        Date validEnd = Date.from(now.plus(Duration.ofDays(3650)));
        X509Certificate certificate = selfSigned(unitName, keys, Date.from(now), validEnd);

        var certs = new ASN1EncodableVector(1);
        certs.add(new DEROctetString(certificate.getEncoded()));
        var property = new SES_ESPropertyInfo()
                .setType(new ASN1Integer(1))  // 1 = 单位印章
                .setName(new DERUTF8String(unitName))
                .setCertListType(SES_ESPropertyInfo.CertListType)
                .setCertList(SES_CertList.getInstance(SES_ESPropertyInfo.CertListType, new DERSequence(certs)))
                .setCreateDate(new ASN1GeneralizedTime(Date.from(now)))
                .setValidStart(new ASN1GeneralizedTime(Date.from(now)))
                .setValidEnd(new ASN1GeneralizedTime(validEnd));
        var picture = new SES_ESPictrueInfo().setType("PNG").setData(png).setWidth(widthMm).setHeight(heightMm);
        var info = new SES_SealInfo()
                .setHeader(new SES_Header(SES_Header.V4, new DERIA5String("Jianyi")))
                .setEsID(new DERIA5String(UUID.randomUUID().toString().replace("-", "")))
                .setProperty(property)
                .setPicture(picture);
        var signer = Signature.getInstance("SM3withSM2", BC);
        signer.initSign(keys.getPrivate());
        signer.update(info.getEncoded("DER"));
        var seal = new SESeal()
                .seteSealInfo(info)
                .setCert(certificate)
                .setSignAlgID(GMObjectIdentifiers.sm2sign_with_sm3)
                .setSignedValue(signer.sign());
        return new OfdSealKey(keys.getPrivate().getEncoded(), certificate.getEncoded(), seal.getEncoded("DER"));
    }

    private static X509Certificate selfSigned(String unitName, KeyPair keys, Date from, Date to)
            throws GeneralSecurityException {
        var subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, unitName).addRDN(BCStyle.CN, unitName + "（演示印章）")
                .build();
        var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(System.currentTimeMillis()),
                from, to, subject, keys.getPublic());
        try {
            var contentSigner = new JcaContentSignerBuilder("SM3withSM2").setProvider(BC).build(keys.getPrivate());
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(contentSigner));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static Certificate certificate(byte[] der) throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509", BC).generateCertificate(new ByteArrayInputStream(der));
    }
}
