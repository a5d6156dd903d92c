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
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.font.Font;
import org.ofdrw.gm.ses.v1.SES_ESPictrueInfo;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_CertList;
import org.ofdrw.gm.ses.v4.SES_ESPropertyInfo;
import org.ofdrw.gm.ses.v4.SES_SealInfo;
import org.ofdrw.gm.ses.v4.SESeal;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.DrawContext;
import org.ofdrw.layout.element.canvas.FontSetting;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.OFDSigner;
import org.ofdrw.sign.SignMode;
import org.ofdrw.sign.signContainer.SESV4Container;
import org.ofdrw.sign.stamppos.NormalStampPos;
import org.ofdrw.sign.verify.OFDValidator;
import org.ofdrw.sign.verify.container.SESV4ValidateContainer;

import cn.jianyi.documents.ofd.OfdDocument;
import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdSealCheck;
import cn.jianyi.documents.ofd.OfdSealKey;
import cn.jianyi.documents.ofd.OfdStamp;

/**
 * The OFD engine on ofdrw 2.3.1 and BouncyCastle 1.68. Loaded only by the engine's own class loader; BouncyCastle is
 * used as a provider object, never registered with {@link java.security.Security}, so the application's own
 * BouncyCastle (if any) is untouched.
 */
public final class OfdrwEngine implements OfdEngine {

    private static final Provider BC = new BouncyCastleProvider();

    @Override
    public byte[] write(OfdDocument document) throws IOException {
        Map<String, Font> fonts = new HashMap<>();
        document.fonts().forEach((name, file) -> fonts.put(name, new Font(name, name, file)));
        var out = new ByteArrayOutputStream();
        try (OFDDoc doc = new OFDDoc(out)) {
            for (OfdDocument.Page page : document.pages()) {
                var layout = new PageLayout(page.width(), page.height());
                layout.setMargin(0d);
                doc.setDefaultPageLayout(layout);
                var virtualPage = new VirtualPage(layout);
                var canvas = new Canvas(0d, 0d, page.width(), page.height());
                canvas.setDrawer(ctx -> draw(ctx, canvas, page, fonts));
                virtualPage.add(canvas);
                doc.addVPage(virtualPage);
            }
        }
        return out.toByteArray();
    }

    private static void draw(DrawContext ctx, Canvas canvas, OfdDocument.Page page, Map<String, Font> fonts)
            throws IOException {
        for (OfdDocument.Shape shape : page.shapes()) {
            int[] rgb = rgb(shape.rgb());
            ctx.beginPath();
            for (List<double[]> subPath : shape.subPaths()) {
                ctx.moveTo(subPath.get(0)[0], subPath.get(0)[1]);
                for (int i = 1; i < subPath.size(); i++) {
                    ctx.lineTo(subPath.get(i)[0], subPath.get(i)[1]);
                }
                if (shape.fill()) {
                    ctx.closePath();
                }
            }
            if (shape.fill()) {
                ctx.setFillColor(rgb[0], rgb[1], rgb[2]);
                ctx.fill();
            } else {
                ctx.setStrokeColor(rgb[0], rgb[1], rgb[2]);
                ctx.setLineWidth(shape.lineWidth());
                ctx.stroke();
            }
        }
        List<double[]> advances = new ArrayList<>();
        for (OfdDocument.Text text : page.texts()) {
            Font font = fonts.get(text.font());
            if (font == null) {
                throw new IllegalArgumentException("No font file for " + text.font());
            }
            int[] rgb = rgb(text.rgb());
            ctx.setFillColor(rgb[0], rgb[1], rgb[2]);
            drawRun(ctx, new FontSetting(text.size(), font), text, advances);
        }
        exactAdvances(canvas.getPreferBlock(), advances);
    }

    /**
     * Draws a run of glyphs at its laid-out positions: one text object per stretch between blanks. ofdrw computes
     * each advance from the font's width plus a letter spacing it keeps non-negative, which cannot reproduce the
     * letter's tightened 28-per-line pitch; so the exact advances are recorded here and written over ofdrw's once the
     * page is drawn ({@link #exactAdvances}).
     */
    private static void drawRun(DrawContext ctx, FontSetting setting, OfdDocument.Text text, List<double[]> advances)
            throws IOException {
        int[] codePoints = text.text().codePoints().toArray();
        double[] x = new double[codePoints.length];
        x[0] = text.x();
        for (int i = 1; i < codePoints.length; i++) {
            x[i] = x[i - 1] + (i - 1 < text.deltaX().length ? text.deltaX()[i - 1] : 0);
        }
        ctx.setFont(setting);
        int i = 0;
        while (i < codePoints.length) {
            if (Character.isWhitespace(codePoints[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < codePoints.length && !Character.isWhitespace(codePoints[j])) {
                j++;
            }
            ctx.fillText(new String(codePoints, i, j - i), x[i], text.y());
            double[] stretch = new double[j - i - 1];
            for (int k = 0; k < stretch.length; k++) {
                stretch[k] = x[i + k + 1] - x[i + k];
            }
            advances.add(stretch);
            i = j;
        }
    }

    /** Writes the recorded advances over the DeltaX ofdrw computed, text object by text object, in drawing order. */
    private static void exactAdvances(CT_PageBlock block, List<double[]> advances) {
        int next = 0;
        for (PageBlockType object : block.getPageBlocks()) {
            if (!(object instanceof TextObject text)) {
                continue;
            }
            if (next >= advances.size()) {
                throw new IllegalStateException("More text objects on the page than glyph runs drawn");
            }
            double[] advance = advances.get(next++);
            TextCode code = text.getTextCodes().get(0);
            if (advance.length == 0) {
                code.removeAttr("DeltaX");
            } else {
                code.setDeltaX(java.util.Arrays.stream(advance).boxed().toArray(Double[]::new));
            }
        }
        if (next != advances.size()) {
            throw new IllegalStateException("Glyph runs drawn but not found on the page: " + (advances.size() - next));
        }
    }

    private static int[] rgb(int rgb) {
        return new int[] {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
    }

    @Override
    public byte[] seal(byte[] ofd, OfdSealKey key, OfdStamp stamp) throws IOException, GeneralSecurityException {
        PrivateKey privateKey = KeyFactory.getInstance("EC", BC)
                .generatePrivate(new PKCS8EncodedKeySpec(key.privateKey()));
        Certificate certificate = certificate(key.certificate());
        SESeal seal = SESeal.getInstance(key.seal());
        var out = new ByteArrayOutputStream();
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd));
             OFDSigner signer = new OFDSigner(reader, out)) {
            signer.setSignMode(SignMode.ContinueSign);
            signer.setSignContainer(new SESV4Container(privateKey, seal, certificate));
            signer.addApPos(new NormalStampPos(stamp.page(), stamp.x(), stamp.y(), stamp.width(), stamp.height()));
            signer.exeSign();
        }
        return out.toByteArray();
    }

    @Override
    public OfdSealCheck verify(byte[] ofd) {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            if (!reader.hasSignature()) {
                return new OfdSealCheck(false, false, null, "文件未加盖电子印章");
            }
            String sealName = sealName(reader);
            try (OFDValidator validator = new OFDValidator(reader)) {
                validator.setValidator(new SESV4ValidateContainer());
                validator.exeValidate();
                return new OfdSealCheck(true, true, sealName, null);
            } catch (Exception e) {
                return new OfdSealCheck(true, false, sealName, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        } catch (IOException e) {
            return new OfdSealCheck(false, false, null, "无法读取 OFD 文件：" + e.getMessage());
        }
    }

    /** The seal's name, read from the first signed value (SignedValue.dat) in the unpacked package. */
    private static String sealName(OFDReader reader) {
        try (var files = Files.walk(reader.getWorkDir())) {
            Path signedValue = files.filter(p -> p.getFileName().toString().equals("SignedValue.dat"))
                    .sorted().findFirst().orElse(null);
            if (signedValue == null) {
                return null;
            }
            var signature = org.ofdrw.gm.ses.v4.SES_Signature.getInstance(Files.readAllBytes(signedValue));
            return signature.getToSign().getEseal().geteSealInfo().getProperty().getName().getString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public List<String> pageTexts(byte[] ofd) throws IOException {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            var extractor = new ContentExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                var text = new StringBuilder();
                for (TextObject object : extractor.getPageTextObject(page)) {
                    object.getTextCodes().forEach(code -> text.append(code.getContent()));
                }
                pages.add(text.toString());
            }
            return pages;
        }
    }

    @Override
    public List<List<OfdDocument.Text>> pageGlyphs(byte[] ofd) throws IOException {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            var extractor = new ContentExtractor(reader);
            List<List<OfdDocument.Text>> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                List<OfdDocument.Text> texts = new ArrayList<>();
                for (TextObject object : extractor.getPageTextObject(page)) {
                    for (var code : object.getTextCodes()) {
                        var delta = code.getDeltaX();
                        double[] deltaX = delta == null ? new double[0]
                                : delta.getArray().stream().mapToDouble(Double::parseDouble).toArray();
                        texts.add(new OfdDocument.Text(object.getFont().toString(), object.getSize(), 0,
                                code.getX(), code.getY(), code.getContent(), deltaX));
                    }
                }
                pages.add(texts);
            }
            return pages;
        }
    }

    @Override
    public OfdSealKey makeSeal(String unitName, byte[] png, int widthMm, int heightMm)
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
        var signer = java.security.Signature.getInstance("SM3withSM2", BC);
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
