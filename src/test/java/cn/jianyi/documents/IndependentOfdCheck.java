package cn.jianyi.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An independent check of a sealed OFD (GB/T 33190-2016 §18, GB/T 38540-2020), written without ofdrw and without
 * Jianyi's OFD engine: the JDK's ZIP and XML parsers, BouncyCastle's SM3 and SM2 and its ASN.1 classes. It follows
 * OFD.xml → Signatures.xml → each Signature.xml, checks every Reference's CheckValue (SM3 of the named file) against
 * the package, walks the SES_Signature (v4) held in SignedValue, checks its dataHash (SM3 of Signature.xml as stored
 * in the package), the SM2 signature over TBS_Sign with the public key of the signer certificate inside it, and the
 * seal (SESeal): its structure, its name, its maker's SM2 signature over SES_SealInfo, and that it is the seal file
 * Signature.xml names. It also lists the package files that no signature protects. It does not judge trust (the
 * certificate chain, revocation), nor time stamps, nor what the pages look like (see ADR 0053).
 */
final class IndependentOfdCheck {

    static final String OFD_NS = "http://www.ofdspec.org/2016";
    /** SM3 (GB/T 32905) as GM/T 0006 names it; Signature.xml may say "SM3" or give this OID. */
    static final String SM3_OID = "1.2.156.10197.1.401";
    /** SM2 signature with SM3 (GM/T 0006). */
    static final ASN1ObjectIdentifier SM2_WITH_SM3 = GMObjectIdentifiers.sm2sign_with_sm3;
    /**
     * How far SignatureDateTime may lie from TBS_Sign's timeInfo: ofdrw takes them at two moments (about a second
     * apart); a wrong time zone is hours off.
     */
    private static final long SIGNING_TIME_TOLERANCE_SECONDS = 60;
    private static final int BIT_STRING = 0x03;
    private static final int UTF8_STRING = 0x0C;
    private static final int IA5_STRING = 0x16;
    /** The default signer identity of GB/T 35276 / GM/T 0009, used in Z_A when no other is agreed. */
    private static final byte[] DEFAULT_SIGNER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    /** What the check found for the whole package. */
    record Result(List<SignatureCheck> signatures, Set<String> unprotected, List<String> problems) {

        /** Signed, and nothing wrong with any signature or the package. */
        boolean valid() {
            return !signatures.isEmpty() && problems.isEmpty()
                    && signatures.stream().allMatch(signature -> signature.problems().isEmpty());
        }

        /** Every problem found, of the package and of each signature, each naming what it is about. */
        List<String> allProblems() {
            List<String> all = new ArrayList<>(problems);
            signatures.forEach(signature -> all.addAll(signature.problems()));
            return all;
        }
    }

    /**
     * What the check found for one Signature.xml: the seal's name and esID, the signer certificate's subject, the
     * signing time of TBS_Sign and Signature.xml's SignatureDateTime as written, the files referenced (with their
     * digests checked), and the problems, each naming the reference, hash or signature at fault. Empty problems means
     * this signature holds.
     */
    record SignatureCheck(String location, String sealName, String sealId, String signer, Instant signedAt,
                          String signatureDateTime, String propertyInfo, List<String> references,
                          List<String> problems, TimeStampCheck timeStamp) {

        SignatureCheck(String location, String sealName, String sealId, String signer, Instant signedAt,
                       String signatureDateTime, String propertyInfo, List<String> references,
                       List<String> problems) {
            this(location, sealName, sealId, signer, signedAt, signatureDateTime, propertyInfo, references, problems,
                    null);
        }
    }

    /**
     * The RFC 3161 time stamp in the SES_Signature's {@code timeStamp} field (ADR 0055): genTime, the imprint's hash
     * algorithm (OID), whether the imprint is that hash of the signature value, the subject of the certificate the
     * token was checked with, and whether the token's CMS signature (SM2 with SM3 over its signed attributes, whose
     * messageDigest is the SM3 of the TSTInfo) verifies with it. Its problems are also among the signature's.
     */
    record TimeStampCheck(Instant genTime, String hashAlgorithm, boolean imprintMatches, String signer,
                          boolean signatureVerifies, List<String> problems) {
    }

    private IndependentOfdCheck() {
    }

    /** Checks the package; a time stamp is checked with the certificate it carries. */
    static Result check(byte[] ofd) {
        return check(ofd, null);
    }

    /**
     * Checks the package; a time stamp is checked with {@code tsaCertificate} (the TSA's, as the archive knows it), or
     * with the certificate it carries when {@code null}.
     */
    static Result check(byte[] ofd, Certificate tsaCertificate) {
        Map<String, byte[]> files = unzip(ofd);
        List<String> problems = new ArrayList<>();
        List<SignatureCheck> signatures = new ArrayList<>();
        Set<String> protectedFiles = new LinkedHashSet<>();
        Set<String> signatureFiles = new LinkedHashSet<>();
        byte[] root = files.get("OFD.xml");
        if (root == null) {
            return new Result(List.of(), new TreeSet<>(files.keySet()), List.of("package: no OFD.xml"));
        }
        Document ofdXml = parse(root);
        for (Element body : children(ofdXml.getDocumentElement(), "DocBody")) {
            Optional<Element> signaturesLoc = child(body, "Signatures");
            if (signaturesLoc.isEmpty()) {
                continue;
            }
            String signaturesPath = resolve("OFD.xml", text(signaturesLoc.get()));
            byte[] signaturesXml = files.get(signaturesPath);
            if (signaturesXml == null) {
                problems.add("package: " + signaturesPath + " named in OFD.xml is missing");
                continue;
            }
            signatureFiles.add(signaturesPath);
            Set<String> pageIds = pageIds(files, body);
            for (Element signature : children(parse(signaturesXml).getDocumentElement(), "Signature")) {
                String location = resolve(signaturesPath, signature.getAttribute("BaseLoc"));
                SignatureCheck check = checkSignature(files, location, pageIds, tsaCertificate);
                signatures.add(check);
                protectedFiles.addAll(check.references());
                signatureFiles.add(location);
                signedValuePath(files, location).ifPresent(signatureFiles::add);
            }
        }
        Set<String> unprotected = new TreeSet<>(files.keySet());
        unprotected.removeAll(protectedFiles);
        unprotected.removeAll(signatureFiles);
        return new Result(signatures, unprotected, problems);
    }

    private static SignatureCheck checkSignature(Map<String, byte[]> files, String location, Set<String> pageIds,
                                                 Certificate tsaCertificate) {
        List<String> problems = new ArrayList<>();
        List<String> references = new ArrayList<>();
        byte[] signatureXml = files.get(location);
        if (signatureXml == null) {
            return new SignatureCheck(location, null, null, null, null, null, null, references,
                    List.of(location + ": named in Signatures.xml but missing"));
        }
        Element signature = parse(signatureXml).getDocumentElement();
        Element signedInfo = child(signature, "SignedInfo").orElse(null);
        if (signedInfo == null) {
            return new SignatureCheck(location, null, null, null, null, null, null, references,
                    List.of(location + ": no SignedInfo"));
        }

        // 1. References: SM3 of every named file, as stored in the package
        Element referencesElement = child(signedInfo, "References").orElse(null);
        if (referencesElement == null) {
            problems.add(location + ": no References");
        } else {
            String method = referencesElement.getAttribute("CheckMethod").strip();
            if (!method.equalsIgnoreCase("SM3") && !method.equals(SM3_OID)) {
                problems.add(location + ": CheckMethod '" + method + "' is neither SM3 nor " + SM3_OID);
            }
            for (Element reference : children(referencesElement, "Reference")) {
                String path = resolve(location, reference.getAttribute("FileRef"));
                references.add(path);
                byte[] file = files.get(path);
                byte[] expected = base64(child(reference, "CheckValue").map(IndependentOfdCheck::text).orElse(""));
                if (file == null) {
                    problems.add("reference " + path + ": file missing from the package");
                } else if (expected == null || !MessageDigest.isEqual(expected, sm3(file))) {
                    problems.add("reference " + path + ": CheckValue does not match the file's SM3");
                }
            }
        }
        String method = child(signedInfo, "SignatureMethod").map(IndependentOfdCheck::text).orElse("");
        if (!method.equals(SM2_WITH_SM3.getId())) {
            problems.add(location + ": SignatureMethod '" + method + "' is not SM2 with SM3 (" + SM2_WITH_SM3 + ")");
        }
        for (Element stamp : children(signedInfo, "StampAnnot")) {
            if (!pageIds.contains(stamp.getAttribute("PageRef").strip())) {
                problems.add(location + ": StampAnnot " + stamp.getAttribute("ID") + " refers to page "
                        + stamp.getAttribute("PageRef") + ", which the document does not have");
            }
        }

        // 2. SignedValue: the SES_Signature (GB/T 38540-2020 v4)
        Optional<String> valuePath = signedValuePath(files, location);
        byte[] signedValue = valuePath.map(files::get).orElse(null);
        if (signedValue == null) {
            problems.add(location + ": SignedValue " + valuePath.orElse("(none)") + " missing");
            return new SignatureCheck(location, null, null, null, null, null, null, references, problems);
        }
        SesSignature ses;
        try {
            ses = SesSignature.parse(signedValue);
        } catch (RuntimeException | IOException e) {
            problems.add("SES_Signature: not a GB/T 38540 v4 structure: " + e.getMessage());
            return new SignatureCheck(location, null, null, null, null, null, null, references, problems);
        }
        if (!ses.derEncoded()) {
            problems.add("SES_Signature: not DER encoded");
        }
        if (!MessageDigest.isEqual(ses.dataHash(), sm3(signatureXml))) {
            problems.add("dataHash: does not match the SM3 of " + location);
        }
        if (!ses.signatureAlgorithm().equals(SM2_WITH_SM3)) {
            problems.add("SES_Signature: signatureAlgID " + ses.signatureAlgorithm() + " is not SM2 with SM3");
        }
        Certificate signer = ses.signer();
        if (!sm2Verifies(signer, ses.toSign(), ses.signature())) {
            problems.add("signature: the SM2 signature over TBS_Sign does not verify with the signer certificate");
        }
        if (!within(ses.timeInfo(), signer.getStartDate().getDate().toInstant(),
                signer.getEndDate().getDate().toInstant())) {
            problems.add("signature: signed at " + ses.timeInfo() + ", outside the signer certificate's validity");
        }
        if (!selfSignatureHolds(signer)) {
            problems.add("signature: the signer certificate is self-signed but its own signature does not verify");
        }
        String signatureDateTime = child(signedInfo, "SignatureDateTime").map(IndependentOfdCheck::text)
                .orElse(null);
        signingTime(signatureDateTime)
                .filter(time -> Math.abs(time.getEpochSecond() - ses.timeInfo().getEpochSecond())
                        > SIGNING_TIME_TOLERANCE_SECONDS)
                .ifPresent(time -> problems.add(location + ": SignatureDateTime " + signatureDateTime
                        + " is not TBS_Sign's timeInfo " + ses.timeInfo()));

        // 3. The seal (SESeal) inside TBS_Sign, and the seal file Signature.xml names
        Seal seal = ses.seal();
        if (!"ES".equals(seal.headerId())) {
            problems.add("seal: header ID '" + seal.headerId() + "' is not ES");
        }
        if (!sm2Verifies(seal.maker(), seal.sealInfo(), seal.signedValue())) {
            problems.add("seal: the maker's SM2 signature over SES_SealInfo does not verify");
        }
        if (!selfSignatureHolds(seal.maker())) {
            problems.add("seal: the maker's certificate is self-signed but its own signature does not verify");
        }
        if (!within(ses.timeInfo(), seal.validStart(), seal.validEnd())) {
            problems.add("seal: signed at " + ses.timeInfo() + ", outside the seal's validity");
        }
        child(signedInfo, "Seal").flatMap(s -> child(s, "BaseLoc")).map(IndependentOfdCheck::text)
                .map(loc -> resolve(location, loc)).ifPresent(sealPath -> {
                    byte[] sealFile = files.get(sealPath);
                    if (sealFile == null || !MessageDigest.isEqual(sealFile, seal.encoded())) {
                        problems.add("seal: " + sealPath + " is not the seal inside the SES_Signature");
                    }
                });

        // 4. The time stamp over the signature value, when there is one
        TimeStampCheck timeStamp = ses.timeStamp() == null ? null
                : TimeStamps.check(ses.timeStamp(), ses.signature(), tsaCertificate);
        if (timeStamp != null) {
            problems.addAll(timeStamp.problems());
        }
        return new SignatureCheck(location, seal.name(), seal.id(), signer.getSubject().toString(), ses.timeInfo(),
                signatureDateTime, ses.propertyInfo(), references, problems, timeStamp);
    }

    private static Optional<String> signedValuePath(Map<String, byte[]> files, String location) {
        byte[] xml = files.get(location);
        if (xml == null) {
            return Optional.empty();
        }
        return child(parse(xml).getDocumentElement(), "SignedValue").map(IndependentOfdCheck::text)
                .map(value -> resolve(location, value));
    }

    /** The IDs of the pages of the document a DocBody names (Document.xml, Pages/Page/@ID). */
    private static Set<String> pageIds(Map<String, byte[]> files, Element body) {
        Set<String> ids = new LinkedHashSet<>();
        child(body, "DocRoot").map(IndependentOfdCheck::text).map(root -> files.get(resolve("OFD.xml", root)))
                .ifPresent(document -> {
                    var pages = parse(document).getElementsByTagNameNS(OFD_NS, "Page");
                    for (int i = 0; i < pages.getLength(); i++) {
                        ids.add(((Element) pages.item(i)).getAttribute("ID").strip());
                    }
                });
        return ids;
    }

    // --- GB/T 38540-2020 structures, walked with BouncyCastle's ASN.1 classes ---

    /**
     * SES_Signature ::= SEQUENCE { toSign TBS_Sign, cert OCTET STRING, signatureAlgID OBJECT IDENTIFIER,
     * signature BIT STRING, timeStamp [0] EXPLICIT BIT STRING OPTIONAL };
     * TBS_Sign ::= SEQUENCE { version INTEGER (4), eseal SESeal, timeInfo GeneralizedTime, dataHash BIT STRING,
     * propertyInfo IA5String, extDatas [0] EXPLICIT ExtensionDatas OPTIONAL }.
     */
    record SesSignature(byte[] toSign, Seal seal, Instant timeInfo, byte[] dataHash, String propertyInfo,
                        Certificate signer, ASN1ObjectIdentifier signatureAlgorithm, byte[] signature,
                        boolean derEncoded, byte[] timeStamp) {

        static SesSignature parse(byte[] encoded) throws IOException {
            ASN1Sequence signature = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(encoded));
            require(signature.size() == 4 || signature.size() == 5, "SES_Signature has " + signature.size()
                    + " fields, not 4 or 5");
            ASN1Sequence tbs = ASN1Sequence.getInstance(signature.getObjectAt(0));
            require(tbs.size() == 5 || tbs.size() == 6, "TBS_Sign has " + tbs.size() + " fields, not 5 or 6");
            BigInteger version = ASN1Integer.getInstance(tbs.getObjectAt(0)).getValue();
            require(version.intValue() == 4, "TBS_Sign version " + version + ", not 4");
            if (tbs.size() == 6) {
                ASN1TaggedObject.getInstance(tbs.getObjectAt(5));
            }
            byte[] timeStamp = null;
            if (signature.size() == 5) {
                ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(signature.getObjectAt(4));
                require(tagged.getTagNo() == 0 && tagged.isExplicit(), "timeStamp is not [0] EXPLICIT");
                timeStamp = octets(Der.explicitContent(tagged));
            }
            Instant time;
            try {
                time = ASN1GeneralizedTime.getInstance(tbs.getObjectAt(2)).getDate().toInstant();
            } catch (ParseException e) {
                throw new IOException("TBS_Sign timeInfo: " + e.getMessage(), e);
            }
            return new SesSignature(
                    tbs.getEncoded(ASN1Encoding.DER),
                    Seal.of(ASN1Sequence.getInstance(tbs.getObjectAt(1))),
                    time,
                    octets(tbs.getObjectAt(3)),
                    ia5(tbs.getObjectAt(4)),
                    Certificate.getInstance(ASN1OctetString.getInstance(signature.getObjectAt(1)).getOctets()),
                    ASN1ObjectIdentifier.getInstance(signature.getObjectAt(2)),
                    octets(signature.getObjectAt(3)),
                    java.util.Arrays.equals(signature.getEncoded(ASN1Encoding.DER), encoded),
                    timeStamp);
        }
    }

    /**
     * SESeal ::= SEQUENCE { esealInfo SES_SealInfo, cert OCTET STRING, signAlgID OBJECT IDENTIFIER,
     * signedValue BIT STRING };
     * SES_SealInfo ::= SEQUENCE { header SES_Header, esID IA5String, property SES_ESPropertyInfo,
     * picture SES_ESPictrueInfo, extDatas ExtensionDatas OPTIONAL };
     * SES_Header ::= SEQUENCE { ID IA5String ("ES"), version INTEGER, Vid IA5String };
     * SES_ESPropertyInfo ::= SEQUENCE { type INTEGER, name UTF8String, certListType INTEGER, certList SES_CertList,
     * createDate GeneralizedTime, validStart GeneralizedTime, validEnd GeneralizedTime };
     * SES_ESPictrueInfo ::= SEQUENCE { type IA5String, data OCTET STRING, width INTEGER, height INTEGER }.
     */
    record Seal(byte[] encoded, byte[] sealInfo, String headerId, int version, String id, int type, String name,
                Instant validStart, Instant validEnd, String pictureType, int pictureBytes, Certificate maker,
                ASN1ObjectIdentifier signAlgorithm, byte[] signedValue) {

        static Seal of(ASN1Sequence seal) throws IOException {
            require(seal.size() == 4, "SESeal has " + seal.size() + " fields, not 4");
            ASN1Sequence info = ASN1Sequence.getInstance(seal.getObjectAt(0));
            require(info.size() == 4 || info.size() == 5, "SES_SealInfo has " + info.size() + " fields");
            ASN1Sequence header = ASN1Sequence.getInstance(info.getObjectAt(0));
            require(header.size() == 3, "SES_Header has " + header.size() + " fields, not 3");
            ASN1Sequence property = ASN1Sequence.getInstance(info.getObjectAt(2));
            require(property.size() == 7, "SES_ESPropertyInfo has " + property.size() + " fields, not 7");
            ASN1Sequence picture = ASN1Sequence.getInstance(info.getObjectAt(3));
            require(picture.size() == 4, "SES_ESPictrueInfo has " + picture.size() + " fields, not 4");
            try {
                return new Seal(
                        seal.getEncoded(ASN1Encoding.DER),
                        info.getEncoded(ASN1Encoding.DER),
                        ia5(header.getObjectAt(0)),
                        ASN1Integer.getInstance(header.getObjectAt(1)).getValue().intValueExact(),
                        ia5(info.getObjectAt(1)),
                        ASN1Integer.getInstance(property.getObjectAt(0)).getValue().intValueExact(),
                        utf8(property.getObjectAt(1)),
                        ASN1GeneralizedTime.getInstance(property.getObjectAt(5)).getDate().toInstant(),
                        ASN1GeneralizedTime.getInstance(property.getObjectAt(6)).getDate().toInstant(),
                        ia5(picture.getObjectAt(0)),
                        ASN1OctetString.getInstance(picture.getObjectAt(1)).getOctets().length,
                        Certificate.getInstance(ASN1OctetString.getInstance(seal.getObjectAt(1)).getOctets()),
                        ASN1ObjectIdentifier.getInstance(seal.getObjectAt(2)),
                        octets(seal.getObjectAt(3)));
            } catch (ParseException e) {
                throw new IOException("SES_ESPropertyInfo dates: " + e.getMessage(), e);
            }
        }
    }

    /** The contents of a BIT STRING (GB/T 38540 writes hashes and signatures as BIT STRINGs of whole octets). */
    static byte[] octets(ASN1Encodable bits) {
        ASN1BitString string = (ASN1BitString) typed(bits, BIT_STRING, "BIT STRING");
        require(string.getPadBits() == 0, "a BIT STRING of whole octets");
        return string.getOctets();
    }

    private static String ia5(ASN1Encodable value) {
        return ((ASN1String) typed(value, IA5_STRING, "IA5String")).getString();
    }

    private static String utf8(ASN1Encodable value) {
        return ((ASN1String) typed(value, UTF8_STRING, "UTF8String")).getString();
    }

    /**
     * The value as a primitive of this universal tag. Checked on the encoding rather than with the newer
     * {@code ASN1IA5String.getInstance}-style methods: the test class path compiles against ofdrw's BouncyCastle 1.68
     * (provided scope) and runs on the application's 1.87, so only classes and methods both have are used.
     */
    private static ASN1Primitive typed(ASN1Encodable value, int tag, String type) {
        ASN1Primitive primitive = value.toASN1Primitive();
        try {
            require(primitive.getEncoded()[0] == tag, "expected " + type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return primitive;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException(what);
        }
    }

    // --- SM3 and SM2 ---

    static byte[] sm3(byte[] data) {
        var digest = new SM3Digest();
        digest.update(data, 0, data.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }

    /** SM2 (GB/T 32918) over {@code data} with the certificate's key, the default signer ID, DER (r, s). */
    static boolean sm2Verifies(Certificate certificate, byte[] data, byte[] signature) {
        SubjectPublicKeyInfo key = certificate.getSubjectPublicKeyInfo();
        if (!key.getAlgorithm().getAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey)
                || !GMObjectIdentifiers.sm2p256v1.equals(key.getAlgorithm().getParameters())) {
            return false;
        }
        X9ECParameters curve = GMNamedCurves.getByOID(GMObjectIdentifiers.sm2p256v1);
        var domain = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
        try {
            byte[] encodedPoint = octets(ASN1Sequence.getInstance(key.toASN1Primitive()).getObjectAt(1));
            var point = curve.getCurve().decodePoint(encodedPoint);
            var signer = new SM2Signer();
            signer.init(false, new ParametersWithID(new ECPublicKeyParameters(point, domain), DEFAULT_SIGNER_ID));
            signer.update(data, 0, data.length);
            return signer.verifySignature(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A self-signed certificate's (issuer = subject) SM3withSM2 signature over its TBSCertificate, checked with its own
     * key; a certificate issued by another is not judged here (the chain is out of scope, ADR 0053). Read through the
     * ASN.1 sequence: {@code Certificate.getSignature()} changed its return type between BouncyCastle 1.68 and 1.87.
     */
    private static boolean selfSignatureHolds(Certificate certificate) {
        if (!certificate.getIssuer().equals(certificate.getSubject())) {
            return true;
        }
        ASN1Sequence fields = ASN1Sequence.getInstance(certificate.toASN1Primitive());
        try {
            return AlgorithmIdentifier.getInstance(fields.getObjectAt(1)).getAlgorithm().equals(SM2_WITH_SM3)
                    && sm2Verifies(certificate, fields.getObjectAt(0).toASN1Primitive().getEncoded(ASN1Encoding.DER),
                            octets(fields.getObjectAt(2)));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * SignatureDateTime as an instant when it names its offset ({@code 2026-12-07T10:15:28+08:00}, also with a blank
     * for the T, or {@code Z}); empty when it gives none (then it cannot be compared with TBS_Sign's UTC timeInfo).
     */
    static Optional<Instant> signingTime(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip().replace(' ', 'T')).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean within(Instant time, Instant start, Instant end) {
        return !time.isBefore(start) && !time.isAfter(end);
    }

    // --- the package: ZIP and XML with the JDK ---

    /** The package's files by their path without a leading slash; a duplicate or escaping name is refused. */
    static Map<String, byte[]> unzip(byte[] ofd) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = resolve("", entry.getName());
                if (files.put(name, in.readAllBytes()) != null) {
                    throw new IllegalArgumentException("package: " + name + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * A location (ST_Loc) as a package path: absolute when it starts with '/', else relative to the folder of the
     * file it is written in; "." and ".." resolved, a path leaving the package refused.
     */
    static String resolve(String from, String location) {
        String loc = location.strip().replace('\\', '/');
        String base = loc.startsWith("/") || !from.contains("/") ? "" : from.substring(0, from.lastIndexOf('/'));
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (base + "/" + loc).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new IllegalArgumentException("location leaves the package: " + location);
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static Document parse(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The child elements of the OFD namespace with this local name, in any order among their siblings. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && OFD_NS.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static String text(Element element) {
        return element.getTextContent().strip();
    }

    private static byte[] base64(String value) {
        try {
            return Base64.getMimeDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // --- RFC 3161 time stamp (a CMS SignedData over a TSTInfo), walked with the ASN.1 classes ---

    /**
     * The time stamp of a SES_Signature: ContentInfo { id-signedData, [0] SignedData { version, digestAlgorithms,
     * encapContentInfo { id-ct-TSTInfo, [0] OCTET STRING TSTInfo }, [0] IMPLICIT certificates OPTIONAL,
     * [1] IMPLICIT crls OPTIONAL, signerInfos } }; TSTInfo { version, policy, messageImprint { hashAlgorithm,
     * hashedMessage }, serialNumber, genTime, … }; SignerInfo { version, sid, digestAlgorithm, [0] IMPLICIT
     * signedAttrs, signatureAlgorithm, signature }. RFC 5652 §5.4: the signature is over the DER of signedAttrs as a
     * SET, whose messageDigest attribute must be the digest of the TSTInfo's octets.
     */
    static final class TimeStamps {

        static final String SIGNED_DATA = "1.2.840.113549.1.7.2";
        static final String TST_INFO = "1.2.840.113549.1.9.16.1.4";
        static final String MESSAGE_DIGEST = "1.2.840.113549.1.9.4";
        static final String SHA256_OID = "2.16.840.1.101.3.4.2.1";

        private TimeStamps() {
        }

        static TimeStampCheck check(byte[] token, byte[] signatureValue, Certificate tsaCertificate) {
            List<String> problems = new ArrayList<>();
            try {
                ASN1Sequence contentInfo = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(token));
                require(ASN1ObjectIdentifier.getInstance(contentInfo.getObjectAt(0)).getId().equals(SIGNED_DATA),
                        "time stamp: not a CMS SignedData");
                ASN1Sequence signedData = ASN1Sequence.getInstance(
                        Der.explicitContent(ASN1TaggedObject.getInstance(contentInfo.getObjectAt(1))));
                ASN1Sequence encap = ASN1Sequence.getInstance(signedData.getObjectAt(2));
                require(ASN1ObjectIdentifier.getInstance(encap.getObjectAt(0)).getId().equals(TST_INFO),
                        "time stamp: the content is not a TSTInfo");
                byte[] tstInfoOctets = ASN1OctetString.getInstance(
                        Der.explicitContent(ASN1TaggedObject.getInstance(encap.getObjectAt(1)))).getOctets();
                ASN1Sequence tstInfo = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(tstInfoOctets));
                ASN1Sequence imprint = ASN1Sequence.getInstance(tstInfo.getObjectAt(2));
                String hashAlgorithm = AlgorithmIdentifier.getInstance(imprint.getObjectAt(0)).getAlgorithm().getId();
                byte[] hashed = ASN1OctetString.getInstance(imprint.getObjectAt(1)).getOctets();
                Instant genTime = ASN1GeneralizedTime.getInstance(tstInfo.getObjectAt(4)).getDate().toInstant();
                byte[] expected = digest(hashAlgorithm, signatureValue);
                boolean imprintMatches = expected != null && MessageDigest.isEqual(expected, hashed);
                if (!imprintMatches) {
                    problems.add("time stamp: the message imprint is not the " + hashAlgorithm
                            + " hash of the signature value");
                }

                List<Certificate> carried = new ArrayList<>();
                ASN1Sequence signerInfo = null;
                for (int i = 3; i < signedData.size(); i++) {
                    ASN1Encodable field = signedData.getObjectAt(i);
                    if (field.toASN1Primitive() instanceof ASN1TaggedObject tagged) {
                        if (tagged.getTagNo() == 0) {
                            for (ASN1Encodable certificate : Der.implicitSet(tagged)) {
                                carried.add(Certificate.getInstance(certificate));
                            }
                        }
                    } else {
                        signerInfo = ASN1Sequence.getInstance(
                                org.bouncycastle.asn1.ASN1Set.getInstance(field).getObjectAt(0));
                    }
                }
                require(signerInfo != null, "time stamp: no SignerInfo");
                ASN1Sequence sid = ASN1Sequence.getInstance(signerInfo.getObjectAt(1));
                Certificate signer = tsaCertificate != null ? tsaCertificate : carried.stream()
                        .filter(c -> c.getIssuer().equals(org.bouncycastle.asn1.x500.X500Name.getInstance(
                                sid.getObjectAt(0)))
                                && c.getSerialNumber().equals(ASN1Integer.getInstance(sid.getObjectAt(1))))
                        .findFirst().orElse(null);
                boolean verifies = false;
                if (signer == null) {
                    problems.add("time stamp: no certificate to check its signature with");
                } else {
                    verifies = signatureHolds(signerInfo, tstInfoOctets, signer, problems);
                }
                return new TimeStampCheck(genTime, hashAlgorithm, imprintMatches,
                        signer == null ? null : signer.getSubject().toString(), verifies, problems);
            } catch (IOException | ParseException | RuntimeException e) {
                problems.add("time stamp: not an RFC 3161 token: " + e.getMessage());
                return new TimeStampCheck(null, null, false, null, false, problems);
            }
        }

        /** The signed attributes' messageDigest against the TSTInfo, then SM2 with SM3 over the attributes. */
        private static boolean signatureHolds(ASN1Sequence signerInfo, byte[] tstInfo, Certificate signer,
                                              List<String> problems) throws IOException {
            String digestAlgorithm = AlgorithmIdentifier.getInstance(signerInfo.getObjectAt(2)).getAlgorithm()
                    .getId();
            ASN1TaggedObject signedAttrs = ASN1TaggedObject.getInstance(signerInfo.getObjectAt(3));
            require(signedAttrs.getTagNo() == 0, "time stamp: no signed attributes");
            byte[] messageDigest = null;
            for (ASN1Encodable attribute : Der.implicitSet(signedAttrs)) {
                ASN1Sequence fields = ASN1Sequence.getInstance(attribute);
                if (ASN1ObjectIdentifier.getInstance(fields.getObjectAt(0)).getId().equals(MESSAGE_DIGEST)) {
                    messageDigest = ASN1OctetString.getInstance(
                            org.bouncycastle.asn1.ASN1Set.getInstance(fields.getObjectAt(1)).getObjectAt(0))
                            .getOctets();
                }
            }
            byte[] expected = digest(digestAlgorithm, tstInfo);
            if (messageDigest == null || expected == null || !MessageDigest.isEqual(messageDigest, expected)) {
                problems.add("time stamp: the signed messageDigest is not the " + digestAlgorithm
                        + " hash of the TSTInfo");
                return false;
            }
            ASN1ObjectIdentifier algorithm = AlgorithmIdentifier.getInstance(signerInfo.getObjectAt(4))
                    .getAlgorithm();
            if (!algorithm.equals(SM2_WITH_SM3) && !algorithm.equals(GMObjectIdentifiers.sm2p256v1)) {
                problems.add("time stamp: signature algorithm " + algorithm + " is not SM2 with SM3");
                return false;
            }
            byte[] signature = ASN1OctetString.getInstance(signerInfo.getObjectAt(5)).getOctets();
            if (!sm2Verifies(signer, Der.asSet(signedAttrs), signature)) {
                problems.add("time stamp: the CMS signature does not verify with " + signer.getSubject());
                return false;
            }
            return true;
        }

        /** SM3 or SHA-256, by OID; {@code null} for another algorithm. */
        private static byte[] digest(String oid, byte[] data) {
            if (oid.equals(SM3_OID)) {
                return sm3(data);
            }
            if (oid.equals(SHA256_OID)) {
                try {
                    return MessageDigest.getInstance("SHA-256").digest(data);
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        }
    }

    /**
     * Tagged values read on their encoding, not with the ASN1TaggedObject methods that differ between BouncyCastle
     * 1.68 and 1.87 ({@code getObject}, {@code getBaseObject}).
     */
    static final class Der {

        private Der() {
        }

        /** The value inside an EXPLICIT tag. */
        static ASN1Primitive explicitContent(ASN1TaggedObject tagged) throws IOException {
            byte[] encoded = tagged.getEncoded(ASN1Encoding.DER);
            return ASN1Primitive.fromByteArray(java.util.Arrays.copyOfRange(encoded, headerLength(encoded),
                    encoded.length));
        }

        /** An IMPLICIT [n] SET OF as the DER of the SET (tag 0x31), as CMS signs signed attributes. */
        static byte[] asSet(ASN1TaggedObject tagged) throws IOException {
            byte[] encoded = tagged.getEncoded(ASN1Encoding.DER);
            encoded[0] = 0x31;
            return encoded;
        }

        /** The elements of an IMPLICIT [n] SET OF. */
        static org.bouncycastle.asn1.ASN1Set implicitSet(ASN1TaggedObject tagged) throws IOException {
            return org.bouncycastle.asn1.ASN1Set.getInstance(ASN1Primitive.fromByteArray(asSet(tagged)));
        }

        private static int headerLength(byte[] encoded) {
            int first = encoded[1] & 0xff;
            return first < 0x80 ? 2 : 2 + (first & 0x7f);
        }
    }
}
