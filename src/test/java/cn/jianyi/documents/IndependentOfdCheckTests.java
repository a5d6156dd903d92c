package cn.jianyi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.demo.DemoReference;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;

/**
 * The sealed OFD of the reference case and of a letter of some 30 pages (with a rare character) pass a check written
 * without ofdrw ({@link IndependentOfdCheck}): every reference digest, the dataHash over Signature.xml, the SM2
 * signature with the signer certificate's key, and the seal. Each level of tampering is caught and named: a changed
 * page, a changed page whose digest was recomputed, a changed Signature.xml, and a recomputed dataHash.
 */
@Tag("rendering")
@Lanes.BesideBrowsers
@IntegrationTest(properties = "jianyi.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndependentOfdCheckTests {

    static final String UNIT = "南昌市新建区卫生健康委员会";
    static final String FIRST_PAGE = "Doc_0/Pages/Page_0/Content.xml";

    @Autowired DemoReference demo;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;
    @Autowired OfdLetterRenderer renderer;

    private Map<String, byte[]> reference;
    private Map<String, byte[]> longLetter;

    @BeforeAll
    void render() {
        ReplyLetter letter = ReferenceLetters.reference(demo, replyQueries, letters);
        reference = IndependentOfdCheck.unzip(renderer.render(letter));
        longLetter = IndependentOfdCheck.unzip(renderer.render(
                ReferenceLetters.withBody(letter, ReferenceLetters.longBody("犇"))));
    }

    @Test
    @DisplayName("参考案例的签章 OFD 通过独立核验：全部引用摘要、dataHash、SM2 签名、印章结构，包内每个文件都受保护")
    void theReferenceLetterPassesTheIndependentCheck() throws IOException {
        IndependentOfdCheck.Result result = IndependentOfdCheck.check(OfdPackage.zip(reference));

        assertThat(result.allProblems()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.unprotected()).isEmpty();
        assertThat(result.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.sealName()).isEqualTo(UNIT);
            assertThat(signature.sealId()).isNotBlank();
            assertThat(signature.signer()).contains("O=" + UNIT);
            assertThat(signature.signedAt()).isNotNull();
            assertThat(signature.references())
                    .contains("OFD.xml", "Doc_0/Document.xml", FIRST_PAGE)
                    .anyMatch(path -> path.endsWith(".ttf"))
                    .doesNotHaveDuplicates()
                    .doesNotContain(signature.location());
        });
    }

    @Test
    @DisplayName("约30页（含生僻字“犇”）的签章 OFD 通过独立核验，每一页都在引用之列")
    void aThirtyPageLetterPassesTheIndependentCheck() throws IOException {
        List<String> pages = longLetter.keySet().stream().filter(name -> name.endsWith("/Content.xml")).toList();
        assertThat(pages).as("a letter of some 30 pages").hasSizeGreaterThanOrEqualTo(30);
        assertThat(new String(longLetter.get(FIRST_PAGE), StandardCharsets.UTF_8)).contains("犇");

        IndependentOfdCheck.Result result = IndependentOfdCheck.check(OfdPackage.zip(longLetter));

        assertThat(result.allProblems()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.unprotected()).isEmpty();
        assertThat(result.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.sealName()).isEqualTo(UNIT);
            assertThat(signature.references()).containsAll(pages);
        });
    }

    @Test
    @DisplayName("改动一页中的一个字，独立核验失败并指出被改动的页面文件")
    void oneChangedCharacterOfAPageIsNamed() throws IOException {
        var changed = new LinkedHashMap<>(reference);
        changed.put(FIRST_PAGE, changeOneCharacter(reference.get(FIRST_PAGE), "尊敬的程", "尊敬的陈"));

        IndependentOfdCheck.Result result = IndependentOfdCheck.check(OfdPackage.zip(changed));

        assertThat(result.valid()).isFalse();
        assertThat(result.allProblems()).containsExactly("reference " + FIRST_PAGE
                + ": CheckValue does not match the file's SM3");

        String middle = "Doc_0/Pages/Page_16/Content.xml";
        var changedLong = new LinkedHashMap<>(longLetter);
        changedLong.put(middle, changeOneCharacter(longLetter.get(middle), "逐项", "逐条"));
        assertThat(IndependentOfdCheck.check(OfdPackage.zip(changedLong)).allProblems())
                .containsExactly("reference " + middle + ": CheckValue does not match the file's SM3");
    }

    @Test
    @DisplayName("改动 Signature.xml 的一个字节，dataHash 核验失败；签名本身仍对应原来的 TBS_Sign")
    void oneChangedByteOfTheSignatureFileBreaksTheDataHash() throws IOException {
        String location = signatureLocation();
        String xml = new String(reference.get(location), StandardCharsets.UTF_8);
        Matcher time = Pattern.compile("SignatureDateTime>[^<]*?(\\d)").matcher(xml);
        assertThat(time.find()).isTrue();
        char digit = time.group(1).charAt(0);
        String changedXml = xml.substring(0, time.start(1)) + (digit == '9' ? '0' : (char) (digit + 1))
                + xml.substring(time.end(1));
        var changed = new LinkedHashMap<>(reference);
        changed.put(location, changedXml.getBytes(StandardCharsets.UTF_8));

        IndependentOfdCheck.Result result = IndependentOfdCheck.check(OfdPackage.zip(changed));

        assertThat(result.valid()).isFalse();
        // the byte changed is a digit of SignatureDateTime, which now names its zone: its time is compared too
        assertThat(result.allProblems()).first().isEqualTo("dataHash: does not match the SM3 of " + location);
        assertThat(result.allProblems()).allMatch(p -> p.startsWith("dataHash") || p.contains("SignatureDateTime"));
    }

    @Test
    @DisplayName("改页后重算引用摘要，dataHash 核验失败；再重算 dataHash，SM2 签名核验失败")
    void recomputedDigestsAreCaughtOneLevelUp() throws IOException {
        String location = signatureLocation();
        byte[] page = changeOneCharacter(reference.get(FIRST_PAGE), "尊敬的程", "尊敬的陈");
        String oldDigest = Base64.getEncoder().encodeToString(IndependentOfdCheck.sm3(reference.get(FIRST_PAGE)));
        String newDigest = Base64.getEncoder().encodeToString(IndependentOfdCheck.sm3(page));
        String xml = new String(reference.get(location), StandardCharsets.UTF_8);
        assertThat(xml).contains(oldDigest);
        byte[] signatureXml = xml.replace(oldDigest, newDigest).getBytes(StandardCharsets.UTF_8);
        var changed = new LinkedHashMap<>(reference);
        changed.put(FIRST_PAGE, page);
        changed.put(location, signatureXml);

        assertThat(IndependentOfdCheck.check(OfdPackage.zip(changed)).allProblems())
                .containsExactly("dataHash: does not match the SM3 of " + location);

        String valueLocation = IndependentOfdCheck.resolve(location, textOf(xml, "SignedValue"));
        changed.put(valueLocation, withDataHash(reference.get(valueLocation), IndependentOfdCheck.sm3(signatureXml)));

        IndependentOfdCheck.Result result = IndependentOfdCheck.check(OfdPackage.zip(changed));
        assertThat(result.valid()).isFalse();
        assertThat(result.allProblems()).containsExactly(
                "signature: the SM2 signature over TBS_Sign does not verify with the signer certificate");
    }

    @Test
    @DisplayName("替换印章文件，引用摘要与印章核对都失败；包中多出的文件列为未受保护")
    void aSwappedSealFileAndAnAddedFileAreNamed() throws IOException {
        String location = signatureLocation();
        String sealPath = IndependentOfdCheck.resolve(location,
                textOf(new String(reference.get(location), StandardCharsets.UTF_8), "BaseLoc"));
        byte[] seal = reference.get(sealPath).clone();
        seal[seal.length - 1] ^= 1;
        var changed = new LinkedHashMap<>(reference);
        changed.put(sealPath, seal);
        changed.put("Doc_0/Res/added.png", new byte[] {1, 2, 3});

        IndependentOfdCheck.Result result = IndependentOfdCheck.check(OfdPackage.zip(changed));

        assertThat(result.valid()).isFalse();
        assertThat(result.allProblems()).containsExactlyInAnyOrder(
                "reference " + sealPath + ": CheckValue does not match the file's SM3",
                "seal: " + sealPath + " is not the seal inside the SES_Signature");
        assertThat(result.unprotected()).containsExactly("Doc_0/Res/added.png");
    }

    @Test
    @DisplayName("缺少被引用的文件、签名值不是 SES_Signature、未签章的包：核验不通过并说明原因，不抛异常")
    void brokenAndUnsealedPackagesAreReportedNotThrown() {
        String location = signatureLocation();
        String xml = new String(reference.get(location), StandardCharsets.UTF_8);
        String valueLocation = IndependentOfdCheck.resolve(location, textOf(xml, "SignedValue"));
        String font = reference.keySet().stream().filter(name -> name.endsWith(".ttf")).findFirst().orElseThrow();
        var broken = new LinkedHashMap<>(reference);
        broken.remove(font);
        broken.put(valueLocation, "not DER".getBytes(StandardCharsets.US_ASCII));

        IndependentOfdCheck.Result result = IndependentOfdCheck.check(OfdPackage.zip(broken));

        assertThat(result.valid()).isFalse();
        assertThat(result.allProblems()).hasSize(2)
                .contains("reference " + font + ": file missing from the package")
                .anySatisfy(problem -> assertThat(problem).startsWith("SES_Signature: not a GB/T 38540 v4 structure"));

        var unsealed = new LinkedHashMap<String, byte[]>();
        reference.forEach((name, bytes) -> {
            if (!name.contains("/Signs/")) {
                unsealed.put(name, bytes);
            }
        });
        String ofdXml = new String(reference.get("OFD.xml"), StandardCharsets.UTF_8);
        unsealed.put("OFD.xml", ofdXml.replaceAll("<(\\w+:)?Signatures>[^<]*</(\\w+:)?Signatures>", "")
                .getBytes(StandardCharsets.UTF_8));
        IndependentOfdCheck.Result none = IndependentOfdCheck.check(OfdPackage.zip(unsealed));
        assertThat(none.signatures()).isEmpty();
        assertThat(none.valid()).isFalse();
        assertThat(none.unprotected()).containsAll(unsealed.keySet());
    }

    @Test
    @DisplayName("包内路径：绝对路径、相对于所在文件的路径、“..”均正确解析，越出包的路径被拒绝")
    void locationsResolveAsTheStandardSays() {
        assertThat(IndependentOfdCheck.resolve("OFD.xml", "Doc_0/Document.xml")).isEqualTo("Doc_0/Document.xml");
        assertThat(IndependentOfdCheck.resolve("Doc_0/Signs/Signatures.xml", "/Doc_0/Signs/Sign_0/Signature.xml"))
                .isEqualTo("Doc_0/Signs/Sign_0/Signature.xml");
        assertThat(IndependentOfdCheck.resolve("Doc_0/Signs/Signatures.xml", "Sign_0/Signature.xml"))
                .isEqualTo("Doc_0/Signs/Sign_0/Signature.xml");
        assertThat(IndependentOfdCheck.resolve("Doc_0/Signs/Sign_0/Signature.xml", "../../Res/a.ttf"))
                .isEqualTo("Doc_0/Res/a.ttf");
        assertThatThrownBy(() -> IndependentOfdCheck.resolve("OFD.xml", "../secret"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("SignatureDateTime 带时区时换算为时刻，与 TBS_Sign 的 timeInfo 比对；不带时区时不比对")
    void signingTimesWithAnOffsetAreCompared() {
        Instant utc = Instant.parse("2026-12-07T02:15:28Z");
        assertThat(IndependentOfdCheck.signingTime("2026-12-07T10:15:28+08:00")).contains(utc);
        assertThat(IndependentOfdCheck.signingTime("2026-12-07 10:15:28+08:00")).contains(utc);
        assertThat(IndependentOfdCheck.signingTime("2026-12-07T02:15:28Z")).contains(utc);
        assertThat(IndependentOfdCheck.signingTime("2026-12-07 10:15:28")).isEmpty();
        assertThat(IndependentOfdCheck.signingTime(null)).isEmpty();

        var signature = IndependentOfdCheck.check(OfdPackage.zip(reference)).signatures().get(0);
        assertThat(signature.signatureDateTime()).isNotBlank();
        IndependentOfdCheck.signingTime(signature.signatureDateTime())
                .ifPresent(time -> assertThat(time).isCloseTo(signature.signedAt(), within(60, ChronoUnit.SECONDS)));
    }

    /** The location of the first Signature.xml, as Signatures.xml names it. */
    private String signatureLocation() {
        return IndependentOfdCheck.check(OfdPackage.zip(reference)).signatures().get(0).location();
    }

    private static byte[] changeOneCharacter(byte[] xml, String before, String after) {
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains(before);
        return text.replaceFirst(Pattern.quote(before), after).getBytes(StandardCharsets.UTF_8);
    }

    private static String textOf(String xml, String element) {
        Matcher matcher = Pattern.compile("<(?:\\w+:)?" + element + ">([^<]*)<").matcher(xml);
        assertThat(matcher.find()).as(element).isTrue();
        return matcher.group(1).strip();
    }

    /** The SES_Signature with TBS_Sign's dataHash replaced, everything else (the signature too) kept. */
    private static byte[] withDataHash(byte[] sesSignature, byte[] dataHash) throws IOException {
        ASN1Sequence signature = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(sesSignature));
        ASN1Sequence tbs = ASN1Sequence.getInstance(signature.getObjectAt(0));
        var tbsFields = new ASN1EncodableVector();
        for (int i = 0; i < tbs.size(); i++) {
            tbsFields.add(i == 3 ? new DERBitString(dataHash) : tbs.getObjectAt(i));
        }
        var fields = new ASN1EncodableVector();
        fields.add(new DERSequence(tbsFields));
        for (int i = 1; i < signature.size(); i++) {
            fields.add(signature.getObjectAt(i));
        }
        return new DERSequence(fields).getEncoded(ASN1Encoding.DER);
    }

}
