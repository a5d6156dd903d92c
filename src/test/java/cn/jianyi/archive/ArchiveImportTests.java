package cn.jianyi.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Directory;
import cn.jianyi.statistics.Statistics;
import cn.jianyi.statistics.StatisticsFilter;
import cn.jianyi.statistics.StatisticsReport;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.WebClient.FilePart;

/**
 * 历史复函导入 over HTTP, as the clerk does it: upload letters (files and a ZIP) with an empty file and junk, watch the
 * batch being read, then review, correct, confirm or discard each letter. The parser is not what is tested here: the
 * letters are confirmed with the values the form submits.
 */
@OnPostgres
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveImportTests {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "replies");
    private static final Pattern BATCH = Pattern.compile("/archive/imports/(\\d+)$");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired ArchiveImports imports;
    @Autowired ArchiveManagement archive;
    @Autowired SuggestionManagement suggestions;
    @Autowired SuggestionQueries queries;
    @Autowired Statistics statistics;
    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;
    @Autowired cn.jianyi.supervision.DeadlineMonitor deadlines;
    @Autowired ImportBatchRepository batches;
    @Autowired ArchivedLetterRepository letters;
    @Autowired cn.jianyi.casesearch.OfficeSearch search;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService logins;

    private TestWorld world;
    private WebClient clerk;
    private long batchId;
    private final List<Long> pending = new ArrayList<>();

    @BeforeAll
    void world() throws Exception {
        world = TestWorld.create(context);
        world.replied(7);                         // a live case of the meeting, in the statistics
        clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        List<Path> letters = corpusLetters();
        var files = new ArrayList<FilePart>();
        for (Path letter : letters.subList(0, 3)) {
            files.add(new FilePart("files", letter.getFileName().toString(), "text/plain", Files.readAllBytes(letter)));
        }
        files.add(new FilePart("files", "空白.txt", "text/plain", new byte[0]));
        files.add(new FilePart("files", "乱码.bin", "application/octet-stream", garbage()));
        files.add(new FilePart("files", "坏的.zip", "application/zip", "PK not really a zip".getBytes(StandardCharsets.UTF_8)));
        files.add(new FilePart("files", "复函.zip", "application/zip", zip(letters.subList(3, 6))));
        HttpResponse<String> started = clerk.postMultipart("/archive/imports", List.of(), files);
        assertThat(started.statusCode()).isEqualTo(302);
        Matcher m = BATCH.matcher(started.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        batchId = Long.parseLong(m.group(1));
        waitForBatch();
        for (ArchivedLetter letter : imports.lettersOf(batchId)) {
            if (letter.status() == ArchivedLetter.Status.PENDING_REVIEW && letter.fileName().endsWith(".txt")) {
                pending.add(letter.id());
            }
        }
    }

    private static List<Path> corpusLetters() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(6).toList();
        }
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[2048];
        new java.util.Random(7).nextBytes(bytes);
        return bytes;
    }

    private static byte[] zip(List<Path> letters) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("复函/"));
            zip.closeEntry();
            for (Path letter : letters) {
                zip.putNextEntry(new ZipEntry("复函/" + letter.getFileName()));
                zip.write(Files.readAllBytes(letter));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private String waitForBatch() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String page = clerk.get("/archive/imports/" + batchId).body();
            if (page.contains("data-status=\"DONE\"") || page.contains("data-status=\"FAILED\"")) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the batch was not read");
    }

    /** The review form's fields, all given (name, value, …), the rest empty. */
    private HttpResponse<String> confirm(long letterId, String... values) {
        return confirm(clerk, letterId, values);
    }

    private HttpResponse<String> confirm(WebClient by, long letterId, String... values) {
        var form = new ArrayList<String>();
        for (String field : List.of("kind", "issuer", "docNumber", "classification", "body", "level", "congressName",
                "term", "meeting", "itemNumber", "addressees", "contactPerson", "contactPhones", "date", "cc",
                "publicity", "satisfaction", "title", "replyText")) {
            String value = "";
            for (int i = 0; i < values.length; i += 2) {
                if (values[i].equals(field)) {
                    value = values[i + 1];
                }
            }
            form.add(field);
            form.add(value);
        }
        return by.post("/archive/letters/" + letterId + "/confirm", form);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    @DisplayName("每个文件一行：可读的待审核，空文件和坏压缩包说明原因，ZIP解开逐个读取，整批照常完成")
    void everyFileGetsItsRowAndBadOnesTheirReason() throws Exception {
        String page = clerk.get("/archive/imports/" + batchId).body();
        assertThat(page).contains("data-status=\"DONE\"").contains("读取完成");
        List<ArchivedLetter> letters = imports.lettersOf(batchId);
        assertThat(letters).extracting(ArchivedLetter::fileName).hasSize(9)
                .contains("空白.txt", "乱码.bin", "坏的.zip").anyMatch(name -> name.startsWith("复函.zip/"));
        assertThat(letters.stream().filter(l -> l.fileName().startsWith("复函.zip/"))).hasSize(3);
        ArchivedLetter empty = letters.stream().filter(l -> l.fileName().equals("空白.txt")).findFirst().orElseThrow();
        assertThat(empty.status()).isEqualTo(ArchivedLetter.Status.UNREADABLE);
        assertThat(empty.error()).isNotBlank();
        assertThat(page).contains(empty.error());
        ArchivedLetter broken = letters.stream().filter(l -> l.fileName().equals("坏的.zip")).findFirst().orElseThrow();
        assertThat(broken.error()).isEqualTo("压缩包已损坏或不是 ZIP 格式，无法解压");
        assertThat(letters.stream().filter(l -> l.fileName().equals("乱码.bin")).findFirst().orElseThrow().status())
                .isEqualTo(ArchivedLetter.Status.UNREADABLE);
        for (ArchivedLetter letter : letters) {
            assertThat(letter.status() == ArchivedLetter.Status.UNREADABLE).as(letter.fileName())
                    .isEqualTo(letter.error() != null);
            if (letter.status() == ArchivedLetter.Status.PENDING_REVIEW) {
                assertThat(letter.sourceText()).isNotBlank();
                assertThat(letter.parsedFields()).containsKeys("kind", "issuer", "title");
            }
        }
        assertThat(pending).hasSizeGreaterThanOrEqualTo(5);
        String review = clerk.get("/archive/letters/" + pending.get(0)).body();
        assertThat(review).contains("id=\"source-text\"").contains("id=\"review-form\"").contains("确认入库");
    }

    @Test
    @DisplayName("没有选择文件：不开始导入，说明原因")
    void anUploadWithoutFilesIsRefused() {
        long before = count("archive_batches");
        HttpResponse<String> response = clerk.follow(clerk.postMultipart("/archive/imports", List.of(),
                List.of(FilePart.none("files"))));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("请选择要导入的复函文件。");
        assertThat(count("archive_batches")).isEqualTo(before);
    }

    @Test
    @DisplayName("确认代表建议的复函：按名称关联已有单位、代表和会议，建为历史案卷，列入建议列表；在用会议的统计不变；同号再确认只关联不重复")
    void confirmingLinksToExistingRecordsAndFilesAHistoricalCase() {
        StatisticsReport before = statistics.report(StatisticsFilter.meeting(world.meeting.id()));
        long units = count("units");
        long deputies = count("deputies");
        long meetings = count("meetings");
        HttpResponse<String> response = confirm(pending.get(0), "kind", "SUGGESTION",
                "issuer", "南昌市新建区卫生健康委员会", "docNumber", "新卫提字〔2024〕1号", "classification", "a",
                "body", "人大", "level", "区", "congressName", "南昌市新建区人民代表大会", "term", "2", "meeting", "4",
                "itemNumber", "第43号", "addressees", "尊敬的程绮南代表", "date", "2024年5月20日",
                "title", "关于区人大二届四次会议第43号建议的答复", "replyText", "您提出的《关于健全生育服务保障机制的建议》收悉，现答复如下：……");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/archive/" + pending.get(0));

        ArchivedLetter letter = archive.letter(pending.get(0));
        assertThat(letter.status()).isEqualTo(ArchivedLetter.Status.CONFIRMED);
        assertThat(letter.unitId()).isEqualTo(world.health.id());
        assertThat(letter.deputyIds()).containsExactly(world.cheng.id());
        assertThat(letter.meetingId()).isEqualTo(world.meeting.id());
        assertThat(letter.fields().classification()).isEqualTo("A");
        assertThat(letter.fields().letterDate()).isEqualTo(java.time.LocalDate.of(2024, 5, 20));
        assertThat(count("units")).isEqualTo(units);
        assertThat(count("deputies")).isEqualTo(deputies);
        assertThat(count("meetings")).isEqualTo(meetings);

        Suggestion historical = suggestions.get(letter.suggestionId());
        assertThat(historical.status()).isEqualTo(Suggestion.Status.ARCHIVED);
        assertThat(historical.number()).isEqualTo(43);
        assertThat(historical.meetingId()).isEqualTo(world.meeting.id());
        assertThat(historical.leadDeputyId()).isEqualTo(world.cheng.id());
        var timeline = queries.details(historical.id(), DataScope.all()).timeline();
        assertThat(timeline).hasSize(1);
        assertThat(timeline.get(0).action()).isEqualTo(CaseAction.ARCHIVE_IMPORT);
        assertThat(timeline.get(0).remark()).contains("历史复函导入").contains("新卫提字〔2024〕1号").contains("A类");

        String list = clerk.get("/suggestions?status=ARCHIVED").body();
        assertThat(list).contains("关于健全生育服务保障机制的建议").contains("历史案卷");
        assertThat(clerk.get("/suggestions/" + historical.id()).body()).contains("data-archived-case")
                .contains("新卫提字〔2024〕1号").contains("2024-05-20").doesNotContain("可办理事项");
        assertThat(clerk.get("/archive/" + letter.id()).body()).contains("关于区人大二届四次会议第43号建议的答复")
                .contains("南昌市新建区卫生健康委员会");
        assertThat(WebClient.loggedIn(port, "deputy", TestWorld.PASSWORD).get("/suggestions/" + historical.id()).body())
                .as("her own page shows the letter's reply (ADR 0048)").contains("此件是往届会议的建议，答复见下。")
                .contains("您提出的《关于健全生育服务保障机制的建议》收悉").contains("2024年5月20日");

        StatisticsReport after = statistics.report(StatisticsFilter.meeting(world.meeting.id()));
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(after.byStatus()).isEqualTo(before.byStatus());
        assertThat(after.replied()).isEqualTo(before.replied());
        assertThat(jdbc.sql("select count(*) from case_facts where id = :id").param("id", historical.id())
                .query(Long.class).single()).isZero();
        assertThat(statistics.report(StatisticsFilter.all()).byStatus().get(Suggestion.Status.ARCHIVED)).isZero();
        assertThat(deadlines.running()).noneMatch(d -> d.task().suggestionId() == historical.id());

        long cases = count("suggestions");
        HttpResponse<String> again = confirm(pending.get(1), "kind", "SUGGESTION", "issuer", "区卫健委",
                "body", "人大", "level", "区", "congressName", "南昌市新建区人民代表大会", "term", "2", "meeting", "4",
                "itemNumber", "43", "addressees", "程绮南", "title", "关于第43号建议的补充答复");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(archive.letter(pending.get(1)).suggestionId()).isEqualTo(historical.id());
        assertThat(archive.letter(pending.get(1)).unitId()).isEqualTo(world.health.id());
        assertThat(count("suggestions")).isEqualTo(cases);
    }

    @Test
    @DisplayName("确认时找不到的单位、代表和会议随之建立；代表按顿号分开，首位领衔")
    void confirmingCreatesWhatDoesNotExist() {
        String[] values = {"kind", "SUGGESTION",
                "issuer", "杭州市西湖区教育局", "body", "人大", "level", "区", "congressName", "杭州市西湖区人民代表大会",
                "term", "16", "meeting", "3", "itemNumber", "温12号", "addressees", "王一民、李二芳代表",
                "date", "2023-06-30", "title", "关于加强校园周边交通安全的建议的答复"};
        // a clerk of 区人大 alone could never see a case of a congress outside it (ADR 0042): told beside the name
        long congresses = count("congresses");
        HttpResponse<String> refused = clerk.follow(confirm(pending.get(2), values));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("“杭州市西湖区人民代表大会”不在您管理的人大之中").contains("杭州市西湖区教育局");
        assertThat(count("congresses")).isEqualTo(congresses);
        // the 系统管理员, who keeps the congresses below 区人大, files it below 区人大
        HttpResponse<String> response = confirm(WebClient.loggedIn(port, "admin", TestWorld.PASSWORD), pending.get(2),
                values);
        assertThat(response.statusCode()).isEqualTo(302);
        ArchivedLetter letter = archive.letter(pending.get(2));
        assertThat(directory.unit(letter.unitId()).fullName()).isEqualTo("杭州市西湖区教育局");
        assertThat(letter.deputyIds()).extracting(id -> directory.deputy(id).name()).containsExactly("王一民", "李二芳");
        var meeting = context.getBean(cn.jianyi.suggestion.Meetings.class).view(letter.meetingId());
        assertThat(meeting.congressName()).isEqualTo("杭州市西湖区人民代表大会");
        assertThat(meeting.term()).isEqualTo(16);
        assertThat(meeting.meeting()).isEqualTo(3);
        Suggestion historical = suggestions.get(letter.suggestionId());
        assertThat(historical.number()).isEqualTo(12);
        assertThat(historical.leadDeputyId()).isEqualTo(letter.deputyIds().get(0));
        assertThat(historical.coSignerIds()).containsExactly(letter.deputyIds().get(1));
        assertThat(historical.title()).isEqualTo("关于加强校园周边交通安全的建议的答复");
        assertThat(clerk.get("/archive?year=2023").body()).contains("关于加强校园周边交通安全的建议的答复");
        assertThat(clerk.get("/archive?unitId=" + letter.unitId()).body()).contains("关于加强校园周边交通安全的建议的答复");
    }

    @Test
    @DisplayName("政协提案的复函只入档案，不进建议列表，也不建代表")
    void aProposalStaysInTheArchiveOnly() {
        long cases = count("suggestions");
        long deputies = count("deputies");
        HttpResponse<String> response = confirm(pending.get(3), "kind", "PROPOSAL", "issuer", "南昌市新建区教育体育局",
                "body", "政协", "level", "区", "term", "9", "meeting", "2", "itemNumber", "88", "addressees", "赵政委员",
                "title", "关于推进学前教育普惠发展提案的答复", "classification", "B");
        assertThat(response.statusCode()).isEqualTo(302);
        ArchivedLetter letter = archive.letter(pending.get(3));
        assertThat(letter.suggestionId()).isNull();
        assertThat(letter.deputyIds()).isEmpty();
        assertThat(letter.unitId()).isEqualTo(world.education.id());
        assertThat(count("suggestions")).isEqualTo(cases);
        assertThat(count("deputies")).isEqualTo(deputies);
        assertThat(clerk.get("/suggestions?keyword=学前教育普惠").body()).doesNotContain("学前教育普惠发展");
        assertThat(clerk.get("/archive?kind=PROPOSAL").body()).contains("关于推进学前教育普惠发展提案的答复");
        assertThat(clerk.get("/archive?kind=SUGGESTION").body()).doesNotContain("关于推进学前教育普惠发展提案的答复");
        assertThat(clerk.get("/archive?text=学前教育").body()).contains("关于推进学前教育普惠发展提案的答复");
        // the office-wide search (ADR 0061) finds the confirmed letter for the archive's readers only
        var office = (cn.jianyi.identity.CurrentUser) logins.loadUserByUsername("clerk");
        var unit = (cn.jianyi.identity.CurrentUser) logins.loadUserByUsername("handler2");
        var letterKind = new cn.jianyi.casesearch.SearchRequest("学前教育普惠", cn.jianyi.casesearch.HitKind.LETTER,
                null, null, null, null, null, 1);
        cn.jianyi.shared.HeldInMemory.awaitUntil(() -> !search.search(letterKind, office).hits().isEmpty(),
                java.time.Duration.ofSeconds(15));
        assertThat(search.search(letterKind, office).hits()).singleElement().satisfies(hit -> {
            assertThat(hit.url()).isEqualTo("/archive/" + pending.get(3));
            assertThat(hit.title()).isEqualTo("关于推进学前教育普惠发展提案的答复");
        });
        assertThat(search.search(cn.jianyi.casesearch.SearchRequest.of("学前教育普惠"), unit).hits())
                .as("a unit does not read the archive").isEmpty();
    }

    @Test
    @DisplayName("历史复函按页列出：每页不重不漏，总数与入库件数一致，页码越界时显示末页")
    void theArchiveIsListedPageByPage() {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into archive_batches (version, started_by, started_name, started_at, status, files, readable,"
                + " unreadable, finished_at) values (0, 'clerk', '办事员', current_timestamp, 'DONE', 51, 51, 0,"
                + " current_timestamp)").update(keys, "id");
        long batch = keys.getKey().longValue();
        for (int i = 1; i <= 51; i++) {               // confirmed letters of their own batch: more than one page
            jdbc.sql("insert into archived_letters (version, batch_id, position, file_name, format, status, kind,"
                            + " title, letter_year, decided_by, decided_at) values (0, :batch, :position, :name, 'txt',"
                            + " 'CONFIRMED', 'OTHER', :title, 2019, 'clerk', current_timestamp)")
                    .param("batch", batch).param("position", i).param("name", "分页" + i + ".txt")
                    .param("title", "分页测试复函" + i).update();
        }
        long confirmed = jdbc.sql("select count(*) from archived_letters where status = 'CONFIRMED'")
                .query(Long.class).single();
        var all = ArchiveFilter.none();
        var seen = new ArrayList<Long>();
        var first = archive.search(all, 1, 2);
        assertThat(first.total()).isEqualTo(confirmed);
        for (int page = 1; page <= first.pages(); page++) {
            var result = archive.search(all, page, 2);
            assertThat(result.items()).hasSizeLessThanOrEqualTo(2);
            result.items().forEach(e -> seen.add(e.id()));
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize((int) confirmed);
        assertThat(archive.search(all, 999, 2).page()).isEqualTo(first.pages());
        assertThat(archive.search(new ArchiveFilter(null, null, 2019, LetterKind.OTHER, "分页测试"), 1, 2).total())
                .isEqualTo(51);

        String first50 = clerk.get("/archive?text=分页测试").body();
        assertThat(first50).contains("共 51 件").contains("第 1 / 2 页").contains("下一页").doesNotContain("上一页");
        String last = clerk.get("/archive?text=分页测试&year=2019&page=999").body();
        assertThat(last).contains("共 51 件").contains("第 2 / 2 页").contains("上一页")
                .contains("page=1").contains("text=%E5%88%86%E9%A1%B5%E6%B5%8B%E8%AF%95").contains("year=2019");
        assertThat(clerk.get("/archive?page=abc").statusCode()).isEqualTo(200);

        for (int number = 301; number <= 321; number++) {    // the suggestion list shares the pager: 21 cases more
            world.registered(number);
        }
        String suggestions = clerk.get("/suggestions?status=REGISTERED&page=2").body();
        assertThat(suggestions).contains("上一页").contains("status=REGISTERED").contains("page=1")
                .containsPattern("第 2 / \\d+ 页");
    }

    @Test
    @DisplayName("审核填错：每项旁边说明原因，所填内容保留，什么都不保存；舍弃后不能再确认")
    void invalidValuesAreExplainedAndNothingIsSaved() {
        long letterId = pending.get(4);
        long cases = count("suggestions");
        long units = count("units");
        HttpResponse<String> response = clerk.follow(confirm(letterId, "kind", "SUGGESTION", "issuer", "某某县不存在局",
                "body", "人大", "level", "区", "congressName", "某某县人民代表大会", "term", "十六", "meeting", "3",
                "itemNumber", "无", "addressees", "王五", "date", "2024-13-45", "classification", "E",
                "title", "关于某事的答复"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("不是有效日期").contains("请填写正整数").contains("类别只能是A、B、C、D之一。")
                .contains("代表建议的答复须有建议号（数字）。")
                .contains("value=\"2024-13-45\"").contains("value=\"十六\"").contains("value=\"某某县不存在局\"");
        assertThat(archive.letter(letterId).status()).isEqualTo(ArchivedLetter.Status.PENDING_REVIEW);
        assertThat(archive.letter(letterId).fields()).isNull();
        assertThat(count("suggestions")).isEqualTo(cases);
        assertThat(count("units")).isEqualTo(units);

        HttpResponse<String> noKind = clerk.follow(confirm(letterId, "title", ""));
        assertThat(noKind.body()).contains("请选择复函类型。").contains("此项为必填项。");

        HttpResponse<String> discarded = clerk.post("/archive/letters/" + letterId + "/discard", List.of());
        assertThat(discarded.statusCode()).isEqualTo(302);
        assertThat(archive.letter(letterId).status()).isEqualTo(ArchivedLetter.Status.DISCARDED);
        assertThat(confirm(letterId, "kind", "OTHER", "title", "关于某事的答复").statusCode()).isEqualTo(409);
        assertThat(clerk.post("/archive/letters/" + letterId + "/discard", List.of()).statusCode()).isEqualTo(409);
        assertThat(clerk.get("/archive/" + letterId).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("读取批次的服务实例停止（租约过期）：标为读取中断，说明原因和未读取的文件数；另一实例仍在读取的批次和已完成的批次不变")
    void aBatchWhoseInstanceStoppedIsMarkedFailedAndOneStillLeasedIsLeftAlone() {
        java.time.Instant now = java.time.Instant.now();
        ImportBatch cutOff = batches.save(ImportBatch.start(world.clerk, 3, now.minusSeconds(300), "gone:1:a",
                now.minusSeconds(180)));
        letters.save(ArchivedLetter.unreadable(cutOff.id(), 1, "一.txt", "文件为空"));
        cutOff.recorded(false);
        cutOff = batches.save(cutOff);
        ImportBatch elsewhere = batches.save(ImportBatch.start(world.clerk, 2, now, "other:2:b", now.plusSeconds(120)));
        assertThat(clerk.get("/archive/imports/" + cutOff.id()).body()).contains("data-status=\"RUNNING\"")
                .contains("hx-trigger=\"every 1s\"");
        assertThatThrownBy(() -> elsewhere.stopped(now)).as("a leased batch cannot be marked stopped")
                .isInstanceOf(cn.jianyi.shared.IllegalTransitionException.class);

        assertThat(imports.markCutOff()).as("the sweep's work (its lock: InstancesTests)").isEqualTo(1);

        ImportBatch marked = imports.batch(cutOff.id()).orElseThrow();
        assertThat(marked.status()).isEqualTo(ImportBatch.Status.FAILED);
        assertThat(marked.failure()).isEqualTo(ImportBatch.Failure.STOPPED);
        assertThat(marked.finishedAt()).isNotNull();
        assertThat(marked.unread()).isEqualTo(2);
        assertThat(marked.unreadable()).isEqualTo(1);
        String page = clerk.get("/archive/imports/" + cutOff.id()).body();
        assertThat(page).contains("data-status=\"FAILED\"").contains("读取中断")
                .contains("处理该批次的服务实例已停止，读取中断：已读取的文件保留如下，其余2个文件未读取，请重新上传这些文件。")
                .contains("一.txt").doesNotContain("hx-trigger").doesNotContain("正在读取");
        assertThat(clerk.get("/archive/imports").body()).contains("读取中断");
        assertThat(imports.batch(batchId).orElseThrow().status()).as("a finished batch").isEqualTo(ImportBatch.Status.DONE);
        assertThat(imports.batch(elsewhere.id()).orElseThrow().status()).as("read by another live instance")
                .isEqualTo(ImportBatch.Status.RUNNING);

        assertThat(imports.markCutOff()).as("the next sweep: nothing left to mark").isZero();
        assertThat(imports.batch(cutOff.id()).orElseThrow().finishedAt()).isEqualTo(marked.finishedAt());
        jdbc.sql("update archive_batches set status = 'DONE', finished_at = current_timestamp where id = ?")
                .param(elsewhere.id()).update();                      // not left RUNNING for the classes after
    }
}
