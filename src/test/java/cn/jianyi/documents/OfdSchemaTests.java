package cn.jianyi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.demo.DemoReference;
import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdSchema;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;

/**
 * The OFD files Jianyi writes against its own schemas of GB/T 33190-2016 Annex A (ADR 0051), read with the JDK's
 * validator, not ofdrw: the reference letter sealed and as a draft, and a sealed letter of some 30 pages with a rare
 * character (CJK Extension B, drawn by the fallback face). Also the metadata in DocInfo, the exact A4 page box, the
 * signing time in the office's time zone, and the ofdrw forms the schemas refuse.
 */
@Tag("rendering")
@Lanes.BesideBrowsers
@IntegrationTest(properties = "jianyi.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfdSchemaTests {

    static final String RARE = "𠀋";

    @Autowired DemoReference demo;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;
    @Autowired OfdLetterRenderer renderer;
    @Autowired OfdEngine engine;
    @Autowired Clock clock;

    private ReplyLetter letter;
    private Map<String, byte[]> sealed;
    private Map<String, byte[]> draft;
    private Map<String, byte[]> longLetter;
    private byte[] sealedOfd;
    private byte[] longOfd;

    @BeforeAll
    void render() throws IOException {
        letter = ReferenceLetters.reference(demo, replyQueries, letters);
        sealedOfd = renderer.render(letter);
        sealed = OfdPackage.unzip(sealedOfd);
        draft = OfdPackage.unzip(renderer.render(ReferenceLetters.asDraft(letter)));
        longOfd = renderer.render(ReferenceLetters.withBody(letter, ReferenceLetters.longBody(RARE)));
        longLetter = OfdPackage.unzip(longOfd);
    }

    @Test
    @DisplayName("盖章的参考答复 OFD：每个 XML 文件都符合 GB/T 33190-2016 附录 A 的模式")
    void theSealedReferenceLetterIsValid() {
        assertValid(sealed, 11);
        assertThat(sealed).containsKeys("Doc_0/Signs/Signatures.xml", "Doc_0/Signs/Sign_0/Signature.xml");
    }

    @Test
    @DisplayName("未盖章的草稿 OFD：每个 XML 文件都符合模式")
    void theUnsealedDraftIsValid() {
        assertValid(draft, 9);
        assertThat(draft.keySet()).noneMatch(name -> name.contains("Signs/"));
    }

    @Test
    @DisplayName("约30页、含生僻字（备用字体）的盖章答复 OFD：每个 XML 文件都符合模式，印章验证通过")
    void aLongLetterWithARareCharacterIsValid() {
        assertThat(longLetter.keySet().stream().filter(name -> name.endsWith("Content.xml")).count())
                .isGreaterThanOrEqualTo(30);
        assertThat(new String(longLetter.get("Doc_0/Pages/Page_0/Content.xml"), StandardCharsets.UTF_8))
                .contains(RARE);
        assertValid(longLetter, 30);
        assertThat(engine.verify(longOfd).valid()).isTrue();
    }

    @Test
    @DisplayName("修正后的 OFD 仍可验章：签章覆盖最终的 Signature.xml 与各文件")
    void theSealStillVerifies() {
        var check = engine.verify(sealedOfd);
        assertThat(check.message()).isNull();
        assertThat(check.valid()).isTrue();
        String signature = xml(sealed, "Doc_0/Signs/Sign_0/Signature.xml");
        assertThat(signature).contains("CheckMethod=\"1.2.156.10197.1.401\"")
                .containsPattern("<ofd:StampAnnot [^>]*ID=\"s002\"");
        assertThat(xml(sealed, "Doc_0/Signs/Signatures.xml"))
                .containsPattern("<ofd:MaxSignId>s002</ofd:MaxSignId><ofd:Signature [^>]*ID=\"s001\"");
    }

    @Test
    @DisplayName("签章时间按机关所在时区（北京时间）写出并带时区")
    void theSigningTimeIsInTheOfficesTimeZone() {
        String signature = xml(sealed, "Doc_0/Signs/Sign_0/Signature.xml");
        String written = between(signature, "<ofd:SignatureDateTime>", "</ofd:SignatureDateTime>");
        OffsetDateTime time = OffsetDateTime.parse(written);
        assertThat(written).endsWith("+08:00");
        assertThat(time.getOffset()).isEqualTo(clock.getZone().getRules().getOffset(time.toInstant()));
        assertThat(ZoneId.of("Asia/Shanghai").getRules().getOffset(time.toInstant())).isEqualTo(time.getOffset());
        assertThat(Duration.between(time.toInstant(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(10));
    }

    @Test
    @DisplayName("OFD.xml 的 DocInfo 有标题、发文机关、文号、创建与修改日期；版本为 1.0；页面恰为 A4（210×297 mm）")
    void docInfoAndPageBox() {
        String ofd = xml(sealed, "OFD.xml");
        assertThat(ofd).contains("Version=\"1.0\"")
                .contains("<ofd:Title>" + letter.title() + "</ofd:Title>")
                .contains("<ofd:Author>" + letter.unitFullName() + "</ofd:Author>")
                .contains("<ofd:CreationDate>" + letter.signedOn() + "</ofd:CreationDate>")
                .contains("<ofd:ModDate>" + clock.instant().atZone(clock.getZone()).toLocalDate() + "</ofd:ModDate>")
                .contains("<ofd:CustomData Name=\"文号\">" + letter.documentNumber() + "</ofd:CustomData>");
        String document = xml(sealed, "Doc_0/Document.xml");
        assertThat(document).contains("<ofd:CommonData><ofd:MaxUnitID>")
                .contains("<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>");
        assertThat(xml(draft, "OFD.xml")).doesNotContain("文号").contains("<ofd:Title>" + letter.title());
    }

    @Test
    @DisplayName("模式拒绝 ofdrw 原样写出的形式，并指出每个文件的第一个错误")
    void theSchemasRefuseWhatOfdrwWritesUnchanged() throws IOException {
        Map<String, byte[]> broken = new LinkedHashMap<>(sealed);
        change(broken, "OFD.xml", xml -> xml.replace("Version=\"1.0\"", "Version=\"1.2\""));
        change(broken, "Doc_0/Signs/Signatures.xml", xml -> xml.replace("ID=\"s001\"", "ID=\"1\""));
        change(broken, "Doc_0/Document.xml", xml -> xml.replaceFirst(
                "<ofd:CommonData>(<ofd:MaxUnitID>\\d+</ofd:MaxUnitID>)(.*)</ofd:CommonData>",
                "<ofd:CommonData>$2$1</ofd:CommonData>"));
        change(broken, "Doc_0/Signs/Sign_0/Signature.xml", xml -> xml.replaceFirst(
                "(<ofd:SignedInfo>.*</ofd:SignedInfo>)(<ofd:SignedValue>.*</ofd:SignedValue>)", "$2$1"));
        change(broken, "Doc_0/Pages/Page_0/Content.xml", xml -> xml.replaceFirst(" ID=\"(\\d+)\"", " ID=\"p$1\""));

        OfdSchema.Result result = OfdSchema.check(OfdPackage.zip(broken));

        assertThat(result.valid()).isFalse();
        Map<String, String> problems = new LinkedHashMap<>();
        result.problems().forEach(problem -> problems.put(problem.file(), problem.message()));
        assertThat(problems).hasSize(5);
        assertThat(problems.get("OFD.xml")).contains("'1.2'").contains("'1.0'");
        assertThat(problems.get("Doc_0/Signs/Signatures.xml")).contains("'1'").contains("NCName");
        assertThat(problems.get("Doc_0/Document.xml")).contains("MaxUnitID");
        assertThat(problems.get("Doc_0/Signs/Sign_0/Signature.xml")).contains("SignedValue").contains("SignedInfo");
        assertThat(problems.get("Doc_0/Pages/Page_0/Content.xml")).contains("'p");
        assertThat(result.summary()).startsWith("schema: invalid, 5 of 11 files; first: ");
    }

    @Test
    @DisplayName("根元素不符或不是良构 XML 的文件被指出")
    void wrongRootsAndBrokenXmlAreNamed() throws IOException {
        Map<String, byte[]> broken = new LinkedHashMap<>(sealed);
        change(broken, "Doc_0/PublicRes.xml", xml -> xml.replace("<ofd:Res ", "<ofd:Resources ")
                .replace("</ofd:Res>", "</ofd:Resources>"));
        change(broken, "Doc_0/DocumentRes.xml", xml -> xml.substring(0, xml.length() - 5));

        List<OfdSchema.Problem> problems = OfdSchema.check(OfdPackage.zip(broken)).problems();

        assertThat(problems).extracting(OfdSchema.Problem::file)
                .containsExactlyInAnyOrder("Doc_0/PublicRes.xml", "Doc_0/DocumentRes.xml");
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("Resources").contains("expected"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("not well-formed"));
    }

    private static void assertValid(Map<String, byte[]> entries, int atLeastFiles) {
        OfdSchema.Result result = OfdSchema.check(OfdPackage.zip(entries));
        assertThat(result.problems()).as("first error per file").isEmpty();
        assertThat(result.files()).hasSizeGreaterThanOrEqualTo(atLeastFiles);
        assertThat(result.valid()).isTrue();
        assertThat(result.summary()).startsWith("schema: valid");
    }

    private static String xml(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from) + from.length();
        return text.substring(start, text.indexOf(to, start));
    }

    private static void change(Map<String, byte[]> entries, String name, UnaryOperator<String> edit) {
        String before = xml(entries, name);
        String after = edit.apply(before);
        assertThat(after).as("the edit of " + name + " applies").isNotEqualTo(before);
        entries.put(name, after.getBytes(StandardCharsets.UTF_8));
    }
}
