package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import cn.jianyi.cli.CreateAdminRun;
import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdReading;
import cn.jianyi.documents.ofd.OfdSealCheck;
import cn.jianyi.documents.ofd.OfdSealKey;
import cn.jianyi.identity.AccountRoster;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.OnPostgres;

/**
 * The first run of an installation, as issue 17's "Done when" walks it, from an empty database with demo data off:
 * {@code create-admin} → the administrator's forced password change → a congress, its term and meeting, two units
 * (one with an uploaded seal), a deputy, the first 安全管理员 and 审计管理员 → the 安全管理员's accounts for a clerk, a
 * handler, a head (also a handler) and the deputy, each changing the temporary password at the first login → 登记,
 * 交办, 拟稿, 签发 (the unit's 机关代字 in the number on the page, in the PDF and in the sealed OFD, which verifies) →
 * 满意 on a phone → 办结 → the 审计管理员 finds the logins, the account creations and the letter downloads. Each bad
 * input of the issue is tried once where it naturally comes up, and refused beside its field with what was typed kept
 * and nothing saved. Runs on H2 and on PostgreSQL (ADR 0044).
 */
@Tag("browser")
@Tag("postgres-only")       // the production database's walk; the H2 pass, CPU-bound, leaves it out (ADR 0044)
@OnPostgres
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Lanes.Pin(1)   // the second-longest browser class, beside the handling-flow walk's lane (ADR 0030)
class FirstRunBrowserTest extends ChromiumTest {

    private static final Path SHOTS = Paths.get("target", "screenshots");
    private static final String TITLE = "关于在新建城区增设社区卫生服务站的建议";
    private static final String HEALTH = "南昌市新建区卫生健康委员会";
    private static final String EDUCATION = "南昌市新建区教育体育局";
    private static final String TOWN = "南昌市新建区望城镇人民代表大会";
    private static final String TOWN_UNIT = "南昌市新建区望城镇人民政府办公室";
    private static final String TOWN_TITLE = "关于修缮镇文化站的建议";
    /** Each person's own password after the first login: three classes, containing no login of the walk. */
    private static final String OWN = "Xinjian-2026!";

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired OfdEngine ofd;
    @Autowired OfdReading ofdReading;

    @Test
    @DisplayName("从空数据库开始：创建管理员、名录、账号，登记到办结，审计日志可查，每种错误输入就地提示")
    void anOfficeSetsJianyiUpAndHandlesItsFirstSuggestion() throws Exception {
        try {
            walk();
        } catch (Throwable failed) {
            int n = 0;
            for (var open : browser.contexts()) {
                for (Page page : open.pages()) {
                    shot(page, "first-run-failed-" + n++);
                }
            }
            throw failed;
        }
    }

    private long started;

    private void mark(String phase) {
        System.out.printf("first-run walk: %-12s %6d ms%n", phase, System.currentTimeMillis() - started);
    }

    private void walk() throws Exception {
        started = System.currentTimeMillis();
        String year = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());

        // bin/jianyi create-admin chenli, the password on standard input: first one the policy refuses
        CreateAdminRun weak = CreateAdminRun.run(context, "chenli", "weak\n");
        assertThat(weak.exitCode()).isEqualTo(1);
        assertThat(weak.err()).contains("口令至少需要8个字符");
        CreateAdminRun created = CreateAdminRun.run(context, "chenli", "Chushi-2026#\n");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("已创建系统管理员 chenli");

        mark("create-admin");
        // 系统管理员: forced to change the password; a weak one, then the same one again, are refused beside the field
        Page admin = signIn("chenli", "Chushi-2026#", false);
        assertThat(admin.locator("h1")).hasText("修改口令");
        assertThat(admin.locator("[role=alert]")).containsText("请先设置新口令");
        changePassword(admin, "Chushi-2026#", "abcdefgh");
        assertThat(admin.locator("#password ~ .field-error")).containsText("至少3类");
        changePassword(admin, "Chushi-2026#", "Chushi-2026#");
        assertThat(admin.locator("#password ~ .field-error")).hasText("不能使用最近5次用过的口令。");
        changePassword(admin, "Chushi-2026#", OWN);
        assertThat(admin.locator(".flash")).hasText("口令已修改。");

        mark("admin-login");
        // 人大, 届次, 会议: a congress without its name is refused, the short name kept
        menu(admin, "名录维护");
        assertThat(admin.locator("h1")).hasText("人大与会议");
        admin.locator("#shortName").fill("区人大");
        admin.locator("#level").selectOption("DISTRICT");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增人大")).click();
        assertThat(admin.locator("#name ~ .field-error")).hasText("此项为必填项。");
        assertThat(admin.locator("#shortName")).hasValue("区人大");
        assertThat(jdbc.sql("select count(*) from congresses").query(Long.class).single()).isZero();
        admin.locator("#name").fill("南昌市新建区人民代表大会");
        admin.locator("#replyCopyTo").fill("区人大常委会选举任免联络办公室\n区政府督查室");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增人大")).click();
        assertThat(admin.locator("h1")).hasText("南昌市新建区人民代表大会");
        admin.locator("#termNumber").fill("2");
        admin.locator("#firstYear").fill("2021");
        admin.locator("#lastYear").fill("2026");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增届次")).click();
        assertThat(admin.locator("h1")).containsText("区人大二届");
        assertUniqueIds(admin);
        admin.locator("#number").fill("6");
        admin.locator("#openedOn").fill(year + "-01-07");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增会议")).click();
        assertThat(admin.locator("table")).containsText("六次会议");

        mark("congress");
        // 承办单位: two with 机关代字, phone and postcode; the second first with the first one's 机关代字
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("承办单位").setExact(true)).click();
        addUnit(admin, HEALTH, "区卫健委", "新卫提字", "83752009", "330100");
        assertThat(admin.locator(".flash")).hasText("已新增" + HEALTH + "。");
        addUnit(admin, EDUCATION, "区教体局", "新卫提字", "83750001", "330100");
        assertThat(admin.locator("#docCode ~ .field-error")).hasText("机关代字“新卫提字”已由区卫健委使用，同一人大内不得重复。");
        assertThat(admin.locator("#fullName")).hasValue(EDUCATION);
        assertThat(admin.locator("#phone")).hasValue("83750001");
        admin.locator("#docCode").fill("新教提字");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增承办单位")).click();
        assertThat(admin.locator(".flash")).hasText("已新增" + EDUCATION + "。");
        assertThat(jdbc.sql("select count(*) from units").query(Long.class).single()).isEqualTo(2);

        mark("units");
        // 电子印章 of 区卫健委: the key of another seal is refused beside the key, then the unit's own is accepted
        OfdSealKey seal = ofd.makeSeal(HEALTH, png(), 42, 42);
        OfdSealKey other = ofd.makeSeal("南昌市新建区另一单位", png(), 42, 42);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(HEALTH)).click();
        assertUniqueIds(admin);
        uploadSeal(admin, seal, other);
        assertThat(admin.locator("#key ~ .field-error")).hasText("私钥与证书不匹配：用该私钥签名无法用证书验证。");
        assertThat(admin.locator("[aria-label=电子印章]")).containsText("尚未上传电子印章");
        uploadSeal(admin, seal, seal);
        assertThat(admin.locator("[aria-label=电子印章]")).containsText("有效");
        shot(admin, "first-run-01-unit-seal");

        mark("seal");
        // 代表: without a term refused beside the terms, the name kept
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("代表").setExact(true)).click();
        admin.locator("#name").fill("程绮南");
        admin.locator("#delegation").fill("长堎街道代表团");
        admin.locator("#mobile").fill("13907081234");
        admin.locator("#address").fill("新建区长堎街道长征路1号");
        admin.locator("#postcode").fill("330100");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增代表")).click();
        assertThat(admin.locator(".has-error:has(input[name=termIds]) .field-error")).hasText("请至少选择一届。");
        assertThat(admin.locator("#name")).hasValue("程绮南");
        assertThat(jdbc.sql("select count(*) from deputies").query(Long.class).single()).isZero();
        admin.getByLabel("区人大二届", new Page.GetByLabelOptions()).check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增代表")).click();
        assertThat(admin.locator(".flash")).hasText("已新增代表程绮南。");

        mark("deputy");
        // the first 安全管理员 and 审计管理员
        menu(admin, "创建安全/审计管理员");
        // the district's 安全管理员 keeps the accounts of the congresses below it too (a town's, later)
        fillAccount(admin, "zhaoan", "赵安", "安全管理员");
        admin.getByLabel("含下级人大", new Page.GetByLabelOptions()).check();
        String securityPassword = submitAccount(admin, "zhaoan");
        menu(admin, "创建安全/审计管理员");
        String auditorPassword = createAccount(admin, "wujy", "吴静怡", "审计管理员", null, null);
        assertThat(admin.locator("nav.nav a", new Page.LocatorOptions().setHasText("创建安全/审计管理员")))
                .hasCount(0);

        mark("admins");
        // 安全管理员: accounts for the clerk, the handler, the head (also a handler) and the deputy
        Page security = signIn("zhaoan", securityPassword, false);
        firstLogin(security, securityPassword, "账号管理");
        menu(security, "账号管理");
        security.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建账号")).click();
        String clerkPassword = createAccount(security, "wangxy", "王晓燕", "代表工作机构", null, null);
        security.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建账号")).click();
        // a handler without a unit: refused beside the unit, the name kept
        fillAccount(security, "xiongw", "熊伟", "承办人");
        security.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(security.locator("#unitId ~ .field-error")).hasText("承办人和承办单位负责人须选择所属单位。");
        assertThat(security.locator("#displayName")).hasValue("熊伟");
        security.locator("#unitId").selectOption(new SelectOption().setLabel("区卫健委"));
        String handlerPassword = submitAccount(security, "xiongw");
        // a login that exists: refused beside the login
        security.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建账号")).click();
        fillAccount(security, "xiongw", "李卫东", "承办单位负责人");
        security.getByLabel("承办人", new Page.GetByLabelOptions().setExact(true)).check();
        security.locator("#unitId").selectOption(new SelectOption().setLabel("区卫健委"));
        security.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(security.locator("#username ~ .field-error")).containsText("xiongw");
        assertThat(security.locator("#displayName")).hasValue("李卫东");
        security.locator("#username").fill("liwd");
        String headPassword = submitAccount(security, "liwd");
        security.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建账号")).click();
        String deputyPassword = createAccount(security, "chengqn", "程绮南", "代表", null, "程绮南");
        assertThat(security.locator("table.accounts")).containsText("李卫东");
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isEqualTo(7);
        shot(security, "first-run-02-accounts");
        // an accounts roster with a row naming a unit that does not exist: refused on its row, nothing created
        security.navigate(url("/accounts/import"));
        security.locator("#file").setInputFiles(new FilePayload("账号名录.xlsx", Spreadsheet.CONTENT_TYPE, roster(
                new Object[] {"zhoum", "周敏", "督查室", null, null, null, null, null},
                new Object[] {"yangf", "杨帆", "承办人", "区交通运输局", null, null, null, null})));
        security.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检查并导入")).click();
        assertThat(security.locator("main table")).containsText("单位“区交通运输局”不存在",
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));   // the job page polls until checked
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).as("nothing created")
                .isEqualTo(7);
        logout(security);

        mark("accounts");
        // 代表工作机构: 登记 (first without a title) and 交办 to 区卫健委
        Page clerk = signIn("wangxy", clerkPassword, false);
        firstLogin(clerk, clerkPassword);
        register(clerk, null, "新建城区人口增长快，社区卫生服务站不足，建议按服务半径增设。");
        assertThat(clerk.locator("#title ~ .field-error")).hasText("此项为必填项。");
        assertThat(jdbc.sql("select count(*) from suggestions").query(Long.class).single()).isZero();
        assertThat(clerk.locator("#content")).hasValue("新建城区人口增长快，社区卫生服务站不足，建议按服务半径增设。");
        clerk.locator("#title").fill(TITLE);
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记").setExact(true)).click();
        assertThat(clerk.locator(".flash")).containsText("号建议已登记。");
        String caseUrl = clerk.url();
        assign(clerk, "区卫健委");

        mark("registered");
        // a second suggestion for 区教体局, whose people have no accounts yet
        register(clerk, "关于增加新建城区公办幼儿园学位的建议", "新建城区适龄儿童增多，公办幼儿园学位紧张。");
        assign(clerk, "区教体局");

        mark("second");
        // 系统管理员: a unit that has a case is not deleted; the reason stands beside the buttons
        menu(admin, "名录维护");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("承办单位").setExact(true)).click();
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(EDUCATION)).click();
        admin.onDialog(dialog -> dialog.accept());
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("删除")).click();
        assertThat(admin.locator("#act-refusal")).hasText("区教体局已有交办的建议或办理记录，不能删除；如不再承办建议，请停用。");
        assertThat(jdbc.sql("select count(*) from units").query(Long.class).single()).isEqualTo(2);
        shot(admin, "first-run-03-unit-not-deleted");
        logout(admin);

        mark("delete-unit");
        // 承办人 drafts
        Page handler = signIn("xiongw", handlerPassword, false);
        firstLogin(handler, handlerPassword);
        section(handler, "待拟写答复").getByText(TITLE).click();
        handler.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("拟写答复")).click();
        assertThat(handler.locator("#letter")).containsText("尊敬的程绮南代表：");
        handler.locator("#body").fill("您提出的《" + TITLE + "》收悉，现答复如下：\n\n我委已将新建城区两处社区卫生服务站列入明年建设计划。");
        handler.locator("input[name=classification][value=A]").check();
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(handler.locator(".flash")).hasText("答复稿已保存。");
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送负责人签发")).click();
        assertThat(handler.locator(".flash")).hasText("答复稿已送负责人签发。");
        logout(handler);

        mark("drafted");
        // 单位负责人 signs: the number carries the unit's 机关代字; the letter downloads, the OFD sealed and verified
        Page head = signIn("liwd", headPassword, false);
        firstLogin(head, headPassword);
        head.onceDialog(dialog -> acceptOnce(dialog));   // 签发's confirmation (ADR 0045)
        section(head, "待签发答复").getByText(TITLE).click();
        head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("预览并签发")).click();
        head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签发")).click();
        String number = "新卫提字〔" + year + "〕1号";
        assertThat(head.locator(".flash")).containsText(number);
        assertThat(head.locator("[aria-label='答复']")).containsText(number);
        String pdf = pdfText(download(head, "PDF"));
        assertThat(pdf).contains(number).contains(HEALTH).contains("83752009").contains("330100")
                .as("the deputy's address on the 征询意见表").contains("新建区长堎街道长征路1号");
        byte[] sealed = download(head, "OFD");
        assertThat(String.join("", ofdReading.pageTexts(sealed))).contains(number);
        OfdSealCheck check = ofd.verify(sealed);
        assertThat(check.signed()).isTrue();
        assertThat(check.valid()).as(check.message()).isTrue();
        assertThat(check.sealName()).isEqualTo(HEALTH);
        logout(head);

        mark("signed");
        // 代表 on a phone (375 × 667): first login, then 满意
        Page deputy = signIn("chengqn", deputyPassword, true);
        deputy.setViewportSize(375, 667);
        firstLogin(deputy, deputyPassword);
        Locator mine = deputy.locator("[data-portal=cases] li", new Page.LocatorOptions().setHasText(TITLE));
        assertThat(mine).containsText("已答复");
        assertThat(mine.locator(".latest")).containsText("区卫健委答复");
        shot(deputy, "first-run-04-deputy-home-phone");
        assertNoHorizontalScroll(deputy);
        mine.getByText(TITLE).click();
        deputy.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("评价答复")).click();
        assertThat(deputy.locator("#letter")).containsText(number);
        for (String group : new String[] {"总体评价", "办理结果", "办理态度"}) {
            deputy.locator("[aria-label='" + group + "']").getByLabel("满意", new Locator.GetByLabelOptions()
                    .setExact(true)).check();
        }
        assertNoHorizontalScroll(deputy);
        shot(deputy, "first-run-05-deputy-feedback-phone");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(deputy.locator(".flash")).hasText("感谢您的评价。");
        logout(deputy);

        mark("rated");
        // 代表工作机构 closes
        clerk.navigate(url("/"));
        section(clerk, "待办结").getByText(TITLE).click();
        clerk.onDialog(dialog -> dialog.accept());
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结")).click();
        assertThat(clerk.locator(".flash")).hasText("建议已办结。");
        assertThat(clerk.locator("dl.facts")).containsText("已办结");
        logout(clerk);

        mark("closed");
        // 审计管理员: the logins, the account creations and the letter downloads
        Page auditor = signIn("wujy", auditorPassword, false);
        firstLogin(auditor, auditorPassword, "安全审计");
        menu(auditor, "安全审计");
        auditFilter(auditor, null, "登录");
        for (String person : new String[] {"chenli", "zhaoan", "wangxy", "xiongw", "liwd", "chengqn"}) {
            assertThat(auditor.locator("table.audit-log")).containsText("（" + person + "）");
        }
        auditFilter(auditor, null, "账号变更");
        for (String account : new String[] {"zhaoan", "wujy", "wangxy", "xiongw", "liwd", "chengqn"}) {
            assertThat(auditor.locator("table.audit-log")).containsText(account);
        }
        auditFilter(auditor, "chenli", "名录变更");
        assertThat(auditor.locator("table.audit-log")).containsText(EDUCATION);
        auditFilter(auditor, "liwd", "下载文件");
        assertThat(auditor.locator("table.audit-log")).containsText(".pdf");
        assertThat(auditor.locator("table.audit-log")).containsText(".ofd");
        shot(auditor, "first-run-06-audit-downloads");
        mark("audit");
        auditor.context().close();
        secondCongress(caseUrl, year);
    }

    /**
     * A second congress in the installation (ADR 0042): the town's, below the district's, with its own meeting, unit,
     * deputy and clerk. Neither clerk sees the other's cases, units or statistics.
     */
    private void secondCongress(String districtCase, String year) {
        Page admin = signIn("chenli", OWN, false);
        menu(admin, "名录维护");
        admin.locator("#name").fill(TOWN);
        admin.locator("#shortName").fill("望城镇人大");
        admin.locator("#level").selectOption("TOWNSHIP");
        admin.locator("#parentId").selectOption(new SelectOption().setLabel("南昌市新建区人民代表大会"));
        admin.locator("#replyCopyTo").fill("镇人大主席团");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增人大")).click();
        assertThat(admin.locator("h1")).hasText(TOWN);
        admin.locator("#termNumber").fill("1");
        admin.locator("#firstYear").fill("2021");
        admin.locator("#lastYear").fill("2026");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增届次")).click();
        admin.locator("#number").fill("3");
        admin.locator("#openedOn").fill(year + "-01-08");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增会议")).click();
        assertThat(admin.locator("table")).containsText("三次会议");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("承办单位").setExact(true)).click();
        admin.locator("#congressId").selectOption(new SelectOption().setLabel(TOWN));
        addUnit(admin, TOWN_UNIT, "镇政府办", "望政提字", "83761000", "330100");
        assertThat(admin.locator(".flash")).hasText("已新增" + TOWN_UNIT + "。");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("代表").setExact(true)).click();
        admin.locator("#congressId").selectOption(new SelectOption().setLabel(TOWN));
        admin.locator("#name").fill("胡立新");
        admin.locator("#delegation").fill("望城镇第一选区");
        admin.getByLabel("望城镇人大一届", new Page.GetByLabelOptions()).check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增代表")).click();
        assertThat(admin.locator(".flash")).hasText("已新增代表胡立新。");
        admin.context().close();

        mark("town");
        // the town's clerk, placed in the town's congress by the 安全管理员
        Page security = signIn("zhaoan", OWN, false);
        security.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建账号")).click();
        fillAccount(security, "luoxl", "罗小兰", "代表工作机构");
        security.locator("#congressId").selectOption(new SelectOption().setLabel(TOWN));
        String townPassword = submitAccount(security, "luoxl");
        security.context().close();

        Page town = signIn("luoxl", townPassword, false);
        firstLogin(town, townPassword);
        menu(town, "登记建议");
        assertThat(town.locator("#meetingId option")).hasCount(2);                  // the prompt and the town's meeting
        assertThat(town.locator("#meetingId")).not().containsText("区人大");
        assertThat(town.locator("#leadDeputyId")).not().containsText("程绮南");
        register(town, TOWN_TITLE, "镇文化站年久失修，建议列入今年修缮计划。");
        assertThat(town.locator(".flash")).containsText("号建议已登记。");
        town.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("交办").setExact(true)).click();
        assertThat(town.locator("#leadUnitId")).containsText("镇政府办");
        assertThat(town.locator("#leadUnitId")).not().containsText("区卫健委");
        town.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("建议列表")).click();
        assertThat(town.locator("main")).containsText(TOWN_TITLE);
        assertThat(town.locator("main")).not().containsText(TITLE);
        town.navigate(districtCase);
        assertThat(town.locator("h1")).hasText("页面不存在");
        town.navigate(url("/dashboard"));
        assertThat(town.locator("main")).containsText("共 1 件建议");
        shot(town, "first-run-07-town-clerk");
        town.context().close();

        // and the district's clerk sees nothing of the town
        Page district = signIn("wangxy", OWN, false);
        district.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("建议列表")).click();
        assertThat(district.locator("main")).containsText(TITLE);
        assertThat(district.locator("main")).not().containsText(TOWN_TITLE);
        district.navigate(url("/dashboard"));
        assertThat(district.locator("main")).containsText("共 2 件建议");
        long townCase = jdbc.sql("select id from suggestions where title = ?").param(TOWN_TITLE).query(Long.class)
                .single();
        district.navigate(url("/suggestions/" + townCase));
        assertThat(district.locator("h1")).hasText("页面不存在");
        district.navigate(url("/suggestions/" + townCase + "/assign"));
        assertThat(district.locator("h1")).hasText("页面不存在");
        district.context().close();

        // a deputy who leads a suggestion is not deleted; the reason stands beside the buttons
        Page admin2 = signIn("chenli", OWN, false);
        long townId = jdbc.sql("select id from congresses where name = ?").param(TOWN).query(Long.class).single();
        admin2.navigate(url("/directory/deputies?congressId=" + townId));
        admin2.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("胡立新")).click();
        admin2.onDialog(dialog -> dialog.accept());
        admin2.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("删除")).click();
        assertThat(admin2.locator("#act-refusal")).hasText("代表胡立新已有领衔、附议的建议或评价记录，不能删除；如已不再担任代表，请停用。");
        assertThat(jdbc.sql("select count(*) from deputies").query(Long.class).single()).isEqualTo(2);
        admin2.context().close();
        mark("isolation");
    }

    /** An accounts roster (账号名录) as the office keeps it: the columns of the accounts export. */
    private static byte[] roster(Object[]... rows) throws IOException {
        try (var book = Spreadsheet.create("账号", AccountRoster.COLUMNS); var out = new ByteArrayOutputStream()) {
            for (Object[] row : rows) {
                book.row(row);
            }
            book.writeTo(out);
            return out.toByteArray();
        }
    }

    private void changePassword(Page page, String current, String password) {
        page.locator("#currentPassword").fill(current);
        page.locator("#password").fill(password);
        page.locator("#confirmation").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
    }

    /** The first login with a temporary password: sent to 修改口令, and on to the home page after the change. */
    private void firstLogin(Page page, String temporary) {
        firstLogin(page, temporary, "您好");
    }

    /** The same for one whose home is another page (the 安全管理员's accounts, the 审计管理员's audit log). */
    private void firstLogin(Page page, String temporary, String heading) {
        assertThat(page.locator("h1")).hasText("修改口令");
        changePassword(page, temporary, OWN);
        assertThat(page.locator(".flash")).hasText("口令已修改。");
        assertThat(page.locator("h1")).containsText(heading);
    }

    /** 登记建议 from the top bar, the title left empty when null, and submitted. */
    private static void register(Page clerk, String title, String content) {
        menu(clerk, "登记建议");
        clerk.locator("#meetingId").selectOption(new SelectOption().setIndex(1));
        if (title != null) {
            clerk.locator("#title").fill(title);
        }
        clerk.locator("#content").fill(content);
        clerk.locator("#leadDeputyId").selectOption(new SelectOption().setIndex(1));
        clerk.locator("#category").selectOption(new SelectOption().setIndex(1));
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记").setExact(true)).click();
    }

    /** 交办 from the case page to one lead unit; 区教体局, which has no accounts, is pointed out on the form. */
    private static void assign(Page clerk, String unit) {
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("交办").setExact(true)).click();
        assertThat(clerk.locator("[data-unstaffed]")).containsText("建立账号：区教体局。");
        clerk.locator("#leadUnitId").selectOption(new SelectOption().setLabel(unit));
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交办")).click();
        assertThat(clerk.locator(".flash")).containsText("已交办，答复期限至");
    }

    private static void addUnit(Page page, String fullName, String shortName, String docCode, String phone,
                                String postcode) {
        page.locator("#fullName").fill(fullName);
        page.locator("#shortName").fill(shortName);
        page.locator("#docCode").fill(docCode);
        page.locator("#phone").fill(phone);
        page.locator("#postcode").fill(postcode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增承办单位")).click();
    }

    private static void uploadSeal(Page page, OfdSealKey seal, OfdSealKey key) {
        page.locator("#seal").setInputFiles(new FilePayload("seal.esl", "application/octet-stream", seal.seal()));
        page.locator("#key").setInputFiles(new FilePayload("signer.key", "application/octet-stream",
                key.privateKey()));
        page.locator("#certificate").setInputFiles(new FilePayload("signer.cer", "application/octet-stream",
                seal.certificate()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并检查")).click();
    }

    private static void fillAccount(Page page, String login, String name, String role) {
        page.locator("#username").fill(login);
        page.locator("#displayName").fill(name);
        page.getByLabel(role, new Page.GetByLabelOptions().setExact(true)).check();
    }

    /** Creates an account on the new-account form and returns its temporary password, shown once. */
    private static String createAccount(Page page, String login, String name, String role, String unit,
                                        String deputy) {
        fillAccount(page, login, name, role);
        if (unit != null) {
            page.locator("#unitId").selectOption(new SelectOption().setLabel(unit));
        }
        if (deputy != null) {
            page.locator("#deputyId").selectOption(new SelectOption().setLabel(deputy));
        }
        return submitAccount(page, login);
    }

    private static String submitAccount(Page page, String login) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        String flash = page.locator(".flash").textContent();
        Matcher m = Pattern.compile("已创建账号 " + login + "。临时口令：(\\S+?)（").matcher(flash);
        assertThat(m.find()).as(flash).isTrue();
        return m.group(1);
    }

    private static void auditFilter(Page page, String person, String kind) {
        page.locator("input[name=person]").fill(person == null ? "" : person);
        page.locator("select[name=kind]").selectOption(new SelectOption().setLabel(kind));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        assertThat(page.locator("select[name=kind] option:checked")).hasText(kind);
    }

    /** Downloads one of the signed letter's files from the case page, as the person clicks its link. */
    private static byte[] download(Page page, String link) throws IOException {
        Download file = page.waitForDownload(() -> page.locator("[aria-label='答复']")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link).setExact(true)).first().click());
        return Files.readAllBytes(file.path());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    private static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB), "PNG", out);
        return out.toByteArray();
    }

    /** Every id once on the page, so that each label names its own control. */
    private static void assertUniqueIds(Page page) {
        Object duplicates = page.evaluate("() => { const seen = new Set(), twice = [];"
                + " document.querySelectorAll('[id]').forEach(e => seen.has(e.id) ? twice.push(e.id) : seen.add(e.id));"
                + " return twice.join(' '); }");
        assertThat(duplicates).as("ids used twice on " + page.url()).isEqualTo("");
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
