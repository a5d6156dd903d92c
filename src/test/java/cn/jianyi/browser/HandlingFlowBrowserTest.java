package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;

/**
 * The handling cycle as its people live it (issue 18), one suggestion in headless Chromium on the demo data: the clerk
 * registers a paper suggestion (every error of the form at once, the refused form at its own address) and assigns it
 * on the date it went out (the due dates previewed) → the co-unit's opinion, late and marked so → the lead unit's
 * handler drafts with class B and a commitment and sends it to the head (送签) → the head returns it with a comment
 * (退回修改) → sent again, signed after a confirmation naming the number → the deputy, on a 375 px phone, reads the reply
 * and answers 不满意 → the office decides 重新办理 and asks the co-unit again → the redraft starts from the signed reply
 * (text, class, the open commitment carried) → signed → 满意 → 办结 → the supervision office reviews the class. Each
 * hand-off's notice is checked where it arrives, and axe-core checks each page in both viewports.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
@Lanes.Pin(0)   // the longest browser class: the other lane takes the next longest (ADR 0030)
class HandlingFlowBrowserTest extends ChromiumTest {

    private static final String TITLE = "关于加强社区托育机构消防安全管理的建议";
    private static final Path SHOTS = Paths.get("target", "screenshots");

    @Test
    @DisplayName("办事员登记交办，协办单位提意见，承办人拟稿送签，负责人退回修改后签发；代表手机上不满意，重新办理再征协办意见，续稿带出正文和承诺，满意后办结")
    void carriesANewSuggestionThroughTheHandlingCycle() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String year = String.valueOf(today.getYear());

        // 代表工作机构 registers a paper suggestion received at the meeting: every error of the form at once
        Page clerk = loginAs("clerk", false);
        assertAccessible(clerk);
        menu(clerk, "登记建议");
        choose(clerk, "#meetingId", "二届六次会议");
        clerk.locator("#title").fill(TITLE);
        clerk.locator("#content").fill("部分社区托育机构消防通道被占用，灭火器材过期，建议开展专项检查。");
        choose(clerk, "#leadDeputyId", "程绮南");
        clerk.locator("#category").selectOption("EDUCATION_SCIENCE_CULTURE_HEALTH");
        var coSigners = clerk.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("联名代表"));
        coSigners.fill("程绮");
        coSigners.press("Enter");
        clerk.locator("#receivedOn").fill(today.plusDays(3).toString());
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记").setExact(true)).click();
        assertThat(clerk.locator("#receivedOn ~ .field-error")).hasText("日期不能晚于今天。");
        assertThat(clerk.locator(".field-error", new Page.LocatorOptions().setHasText("领衔代表不能同时作为联名代表。")))
                .isVisible();
        assertThat(clerk.locator("#title")).hasValue(TITLE);
        String formUrl = clerk.url();
        assertThat(formUrl).as("a refused form is shown at its own address (post/redirect/get)").endsWith("/suggestions/new");
        assertAccessible(clerk);
        clerk.locator("#receivedOn").fill(today.minusDays(50).toString());
        assertThat(clerk.locator("#receivedOn ~ .field-error")).isHidden();        // cleared as the field changes
        clerk.locator(".pick-chips button").click();
        coSigners.fill("刘建");
        coSigners.press("Enter");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记").setExact(true)).click();
        assertThat(clerk.locator(".flash")).containsText("号建议已登记。");
        assertThat(clerk.locator("dl.facts")).containsText("刘建华");
        String caseUrl = clerk.url();
        shot(clerk, "01-clerk-registered");

        // 重点督办, refused once: the back button then leads back to the case page, never to a resubmission
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("列为重点督办")).click();
        clerk.locator("#leader").fill("区政府分管卫生健康工作的副区长");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(clerk.locator("#committee ~ .field-error")).hasText("此项为必填项。");
        assertThat(clerk.locator("#leader")).hasValue("区政府分管卫生健康工作的副区长");
        clerk.reload();                                            // a GET: nothing posted again, the refusal gone
        assertThat(clerk.locator("#committee ~ .field-error")).hasCount(0);
        clerk.goBack();
        clerk.goBack();
        assertThat(clerk.locator("h1")).containsText(TITLE);
        assertThat(clerk.locator("[aria-label='重点督办']")).hasCount(0);
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("列为重点督办")).click();
        clerk.locator("#leader").fill("区政府分管卫生健康工作的副区长");
        clerk.locator("#committee").fill("区人大常委会教科文卫工作委员会");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(clerk.locator(".flash")).hasText("已列为重点督办。");

        // 交办, dated when it went out on paper: the due dates shown as the date is picked
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("交办").setExact(true)).click();
        choose(clerk, "#leadUnitId", "区卫健委");
        clerk.locator("label:has-text('区教体局') input[type=checkbox]").check();
        clerk.waitForLoadState();
        clerk.locator("#assignedOn").fill(today.minusDays(40).toString());
        clerk.locator("#assignedOn").dispatchEvent("change");
        assertThat(clerk.locator("#due-preview")).containsText("答复期限");
        assertThat(clerk.locator("#due-preview")).containsText("交办日" + today.minusDays(40));
        assertAccessible(clerk);
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交办")).click();
        assertThat(clerk.locator(".flash")).containsText("已交办，答复期限至");
        // only the co-unit's opinion is late: the mark says so, the answer's deadline is still ahead
        Locator tasks = tasks(clerk);
        assertThat(tasks.locator("tr", new Locator.LocatorOptions().setHasText("区教体局"))).containsText("协办意见");
        assertThat(tasks.locator("tr", new Locator.LocatorOptions().setHasText("区教体局"))).containsText("超期");
        assertThat(tasks.locator("tr", new Locator.LocatorOptions().setHasText("区卫健委"))).not().containsText("超期");
        lookBoth(clerk);
        logout(clerk);

        // 协办单位 区教体局: its own deadline in its list, then its opinion; the lead unit is told
        Page education = loginAs("handler2", false);
        Locator toOpine = section(education, "待提交协办意见");
        assertThat(toOpine).containsText(TITLE);
        assertThat(toOpine.locator("li, tr", new Locator.LocatorOptions().setHasText(TITLE))).containsText("协办意见");
        assertAccessible(education);
        toOpine.getByText(TITLE).click();
        giveOpinion(education, "我局将配合开展校园周边托育机构消防宣传教育。");
        logout(education);

        // 承办人: contact, draft with class B and a commitment, 送签
        Page handler = loginAs("handler", false);
        assertThat(notices(handler)).contains("协办意见已送达：第");
        handler.navigate(caseUrl);
        handler.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("记录联系")).click();
        handler.getByLabel("面商").check();
        handler.locator("#participants").fill("程绮南代表、熊伟");
        handler.locator("#summary").fill("办前面商：商定先查消防通道，再查灭火器材。");
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(handler.locator(".flash")).hasText("联系记录已保存。");
        handler.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("拟写答复")).click();
        assertThat(handler.locator("input[name=classification]:checked")).hasCount(0);   // the handler chooses
        assertThat(handler.locator("main")).containsText("校园周边托育机构消防宣传教育");      // the co-unit's opinion
        handler.waitForLoadState();   // the body's input reaches htmx's live preview only once the page has loaded
        handler.locator("#body").fill("您提出的《" + TITLE + "》收悉，现答复如下：\n\n一、开展专项检查\n\n"
                + "我委已会同消防部门对全区托育机构开展消防安全专项检查。");
        assertThat(handler.locator("#letter")).containsText("我委已会同消防部门");
        handler.locator("input[name=classification][value=B]").check();
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加承诺")).click();
        String promised = today.plusMonths(2).toString();
        handler.locator("[data-commitment-row] input[name$='.description']").last().fill("年底前完成全部整改");
        handler.locator("[data-commitment-row] input[name$='.dueOn']").last().fill(promised);
        assertAccessible(handler);
        shot(handler, "02-handler-draft");
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(handler.locator(".flash")).hasText("答复稿已保存。");
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送负责人签发")).click();
        assertThat(handler.locator(".flash")).hasText("答复稿已送负责人签发。");
        logout(handler);

        // 单位负责人: told a draft waits; returns it with a comment
        Page head = loginAs("head", false);
        assertThat(notices(head)).contains("答复稿待签发：第");
        assertThat(section(head, "待签发答复")).containsText(TITLE);
        section(head, "待签发答复").getByText(TITLE).click();
        head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("预览并签发")).click();
        assertThat(head.locator(".draft-banner")).hasText("此答复稿已送签，等待负责人签发。");
        assertThat(head.locator("main")).containsText("年底前完成全部整改");
        assertAccessible(head);
        head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退回修改")).click();
        assertThat(head.locator("#comment ~ .field-error")).containsText("退回修改须写明修改意见");
        head.locator("#comment").fill("请写明检查发现的问题数量和整改时限。");
        head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退回修改")).click();
        assertThat(head.locator(".flash")).hasText("答复稿已退回承办人修改。");
        logout(head);

        // 承办人: the returned draft, with the head's comment, edited and sent again
        handler = loginAs("handler", false);
        assertThat(notices(handler)).contains("答复稿被退回修改：第");
        assertThat(section(handler, "负责人退回修改")).containsText(TITLE);
        section(handler, "负责人退回修改").getByText(TITLE).click();
        handler.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("修改答复稿")).click();
        assertThat(handler.locator("main")).containsText("请写明检查发现的问题数量和整改时限。");
        handler.locator("#body").fill("您提出的《" + TITLE + "》收悉，现答复如下：\n\n一、开展专项检查\n\n"
                + "我委已会同消防部门对全区托育机构开展消防安全专项检查，发现问题12处，年底前全部整改。");
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送负责人签发")).click();
        assertThat(handler.locator(".flash")).hasText("答复稿已送负责人签发。");
        logout(handler);

        // 单位负责人 signs: the confirmation names the number the letter takes
        head = loginAs("head", false);
        head.navigate(caseUrl);
        head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("预览并签发")).click();
        String[] confirmation = new String[1];
        head.onceDialog(dialog -> {
            confirmation[0] = dialog.message();
            acceptOnce(dialog);
        });
        head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签发")).click();
        String firstNumber = documentNumber(head.locator(".flash").textContent(), year);
        assertThat(confirmation[0]).isEqualTo("签发后不能撤回，文号将为" + firstNumber + "。确认签发？");
        assertThat(head.locator("dl.facts")).containsText("已答复");
        logout(head);

        // 代表 on a phone: her notice leads to the reply; she reads it, then rates 不满意
        Page deputy = loginAs("deputy", true);
        assertAccessible(deputy);
        Locator mine = deputy.locator("[data-portal=cases] li", new Page.LocatorOptions().setHasText(TITLE));
        assertThat(mine).isVisible();
        deputy.locator(".nav-notices").click();
        assertAccessible(deputy);
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                Pattern.compile("您的建议已答复，请评价：.*" + TITLE))).click();
        assertThat(deputy.locator("main")).containsText("我委已会同消防部门");
        assertNoHorizontalScroll(deputy);
        lookBoth(deputy);
        shot(deputy, "03-deputy-rating-375");
        assertThat(deputy.locator("#givenOn")).hasCount(0);                    // dated today, no date to pick
        rate(deputy, "总体评价", "不满意");
        rate(deputy, "办理结果", "不满意");
        rate(deputy, "办理态度", "基本满意");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(deputy.locator("#comment ~ .field-error")).hasText("选择“不满意”时必须填写理由。");
        deputy.locator("#comment").fill("没有说明检查发现的问题如何整改。");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(deputy.locator(".flash")).hasText("感谢您的评价。");
        assertNoHorizontalScroll(deputy);
        lookBoth(deputy);
        shot(deputy, "04-deputy-case-375");
        deputy.navigate(caseUrl);
        deputy.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看答复").setExact(false)).first().click();
        assertNoHorizontalScroll(deputy);
        lookBoth(deputy);
        shot(deputy, "05-deputy-reply-375");
        assertThat(deputy.locator("[aria-label='下载']")).containsText("下载电子公文（OFD版）");   // her words
        assertThat(deputy.locator("[aria-label='下载']")).not().containsText("Word");        // the offices' copy
        assertThat(deputy.locator("#commitments")).containsText("正在落实");                 // not 未兑现
        for (String jargon : List.of("发送通知", "系统（系统）", "节假日安排尚未录入", "承办方式", "工作日历")) {
            assertThat(deputy.locator("body")).not().containsText(jargon);
        }
        deputy.navigate(caseUrl + "/feedback");                          // her 请评价 notice, opened again later
        assertThat(deputy).hasURL(caseUrl);
        assertThat(deputy.locator(".flash")).hasText("您已评价过本轮答复，不能重复提交。");
        logout(deputy);

        // 代表工作机构: told the answer was 不满意; 重新办理 with the co-unit brought back in
        clerk = loginAs("clerk", false);
        assertThat(notices(clerk)).contains("代表已反馈意见（不满意）：第");
        assertThat(section(clerk, "代表不满意，待决定重新办理")).containsText(TITLE);
        section(clerk, "代表不满意，待决定重新办理").getByText(TITLE).click();
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("重新办理")).click();
        assertThat(clerk.locator("[aria-label='代表意见']")).containsText("没有说明检查发现的问题如何整改。");
        clerk.locator("#reason").fill("请逐项说明检查发现问题的整改情况，并与代表面商。");
        clerk.locator("label:has-text('区教体局') input[type=checkbox]").check();
        assertThat(clerk.locator("#dueOn ~ .hint")).containsText("可定在");   // the rules leave 1 to 2 months
        String latest = clerk.locator("#dueOn").getAttribute("max");
        clerk.locator("#dueOn").fill(latest);                                 // she gives the unit the longest
        assertAccessible(clerk);
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交主办单位重新办理")).click();
        assertThat(clerk.locator(".flash")).hasText("已交主办单位重新办理，答复期限至" + latest + "。");
        assertThat(clerk.locator("dl.facts")).containsText("重新办理");
        logout(clerk);

        // 区教体局 again, asked by notice
        education = loginAs("handler2", false);
        assertThat(notices(education)).contains("重新办理，请再次提出协办意见");
        education.navigate(caseUrl);
        giveOpinion(education, "我局将在整改期间对校内托育点同步开展消防检查。");
        logout(education);

        // 重新办理: the redraft starts from the signed reply, with its class and its open commitment
        handler = loginAs("handler", false);
        handler.navigate(caseUrl);
        handler.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("拟写答复")).click();
        assertThat(handler.locator("#body")).hasValue(Pattern.compile("发现问题12处"));
        assertThat(handler.locator("input[name=classification][value=B]")).isChecked();
        assertThat(handler.locator("#commitments")).containsText("年底前完成全部整改");
        assertThat(handler.locator("main")).containsText("没有说明检查发现的问题如何整改。");          // her reasons
        assertThat(handler.locator("main")).containsText("请逐项说明检查发现问题的整改情况");           // the requirement
        assertThat(handler.locator("[data-drafting=opinions] li", new Page.LocatorOptions()
                .setHasText("校内托育点同步开展消防检查"))).containsText("重新办理（第2轮）");   // the new opinion, by round
        assertAccessible(handler);
        handler.locator("#body").fill("您提出的《" + TITLE + "》收悉，现再次答复如下：\n\n"
                + "检查发现的12处问题中已有10处整改到位，其余2处年底前完成。");
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送负责人签发")).click();
        logout(handler);

        head = loginAs("head", false);
        assertThat(notices(head)).contains("再次答复稿待签发：第");
        head.navigate(caseUrl);
        head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("预览并签发")).click();
        head.onceDialog(dialog -> acceptOnce(dialog));
        head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签发")).click();
        String secondNumber = documentNumber(head.locator(".flash").textContent(), year);
        assertThat(serial(secondNumber)).isEqualTo(serial(firstNumber) + 1);
        logout(head);

        deputy = loginAs("deputy", true);
        assertThat(notices(deputy)).contains("您的建议已再次答复，请评价");
        deputy.navigate(caseUrl);
        deputy.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("评价答复")).first().click();
        assertThat(deputy.locator("main")).containsText("其余2处年底前完成");
        rate(deputy, "总体评价", "满意");
        rate(deputy, "办理结果", "满意");
        rate(deputy, "办理态度", "满意");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(deputy.locator(".flash")).hasText("感谢您的评价。");
        assertNoHorizontalScroll(deputy);
        logout(deputy);

        // 办结; one commitment, carried, not two
        clerk = loginAs("clerk", false);
        assertThat(notices(clerk)).contains("代表已反馈意见（满意）：第");
        assertThat(section(clerk, "待办结")).containsText(TITLE);
        section(clerk, "待办结").getByText(TITLE).click();
        clerk.onceDialog(dialog -> acceptOnce(dialog));
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结")).click();
        assertThat(clerk.locator(".flash")).hasText("建议已办结。");
        assertThat(clerk.locator("dl.facts")).containsText("已办结");
        Locator timeline = clerk.locator("ol.timeline");
        for (String step : List.of("登记", "交办", "提交协办意见", "联系代表", "拟写答复", "送签", "退回修改", "签发答复",
                "代表评价", "不满意，重新办理", "办结")) {
            assertThat(timeline).containsText(step);
        }
        assertThat(clerk.locator("[aria-label='代表评价'] li")).hasCount(2);
        assertThat(clerk.locator("[aria-label='答复']")).containsText(secondNumber);
        assertThat(clerk.locator("main").getByText("年底前完成全部整改")).hasCount(1);
        assertAccessible(clerk);
        shot(clerk, "06-clerk-closed");
        logout(clerk);

        // 督查室: reads, cannot act; reviews the class of the second reply
        Page supervisor = loginAs("supervisor", false);
        supervisor.navigate(caseUrl);
        assertThat(supervisor.locator("[aria-label='可办理事项']")).hasCount(0);
        assertThat(supervisor.locator("[aria-label='重点督办']")).containsText("区人大常委会教科文卫工作委员会");
        supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看答复函")).last().click();
        supervisor.locator("[aria-label='审核分类']").getByLabel("C类").check();
        supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核")).click();
        assertThat(supervisor.locator("#reason ~ .field-error")).hasText("调整分类时必须说明理由。");
        supervisor.locator("#reason").fill("整改尚未完成，列为计划逐步解决");
        supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核")).click();
        assertThat(supervisor.locator(".flash")).hasText("分类审核已记录。");
        assertThat(supervisor.locator("section[aria-label='审核分类']")).containsText("承办单位所报分类B，审核调整为C。");
        assertAccessible(supervisor);
        supervisor.context().close();
    }

    @Test
    @DisplayName("办事员看到参考案例：第43号建议及其答复函")
    void clerkSeesTheReferenceCase() {
        Page clerk = loginAs("clerk", false);
        clerk.navigate(url("/suggestions?keyword=" + java.net.URLEncoder.encode("健全生育", java.nio.charset.StandardCharsets.UTF_8)));
        clerk.getByText("关于健全生育服务保障机制的建议").first().click();
        assertThat(clerk.locator("h1")).containsText("第43号");
        assertThat(clerk.locator("[aria-label='期限说明']"))
                .containsText("交办日2024-03-28，按交办之日起3个月计算（交办当日不计入），期满日为2024-06-28。");
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看答复函")).click();
        Locator letter = clerk.locator("#letter");
        assertThat(letter).containsText("新卫提字〔2024〕1号");
        assertThat(letter).containsText("分类：A");
        assertThat(letter).containsText("关于区人大二届四次会议第43号建议的答复");
        assertThat(letter).containsText("抄送：区人大常委会选举任免联络办公室，区政府督查室。");
        assertThat(letter).containsText("联系单位及电话：区卫健委 83752009");
        assertThat(letter.locator("[data-choice=SATISFIED]")).hasText("☑");
        shot(clerk, "05-reference-letter");
        clerk.context().close();
    }

    /** Ticks one answer in one of the form's three rating groups (总体评价, 办理结果, 办理态度). */
    private static void rate(Page page, String group, String answer) {
        page.locator("[aria-label='" + group + "']").getByLabel(answer, new Locator.GetByLabelOptions().setExact(true))
                .check();
    }

    private static void giveOpinion(Page page, String text) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("提交协办意见")).click();
        page.locator("#opinion").fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交协办意见")).click();
        assertThat(page.locator(".flash")).hasText("协办意见已提交主办单位。");
    }

    /** Picks the option of a select whose text contains {@code text}. */
    private static void choose(Page page, String select, String text) {
        page.locator(select).selectOption(page.locator(select + " option", new Page.LocatorOptions().setHasText(text))
                .first().getAttribute("value"));
    }

    /** What the notices page of the logged-in person lists; the page then goes back to the home page. */
    private String notices(Page page) {
        page.navigate(url("/notifications"));
        String listed = page.locator("main").innerText();
        page.navigate(url("/"));
        return listed;
    }

    /**
     * axe-core finds no serious or critical violation on the page in the viewport it is walked in and in the other:
     * the deputy's pages are read on desktops as well as phones (ADR 0050).
     */
    private static void lookBoth(Page page) {
        var size = page.viewportSize();
        assertAccessible(page);
        boolean phone = size.width < 600;
        page.setViewportSize(phone ? 1280 : 375, phone ? 900 : 812);
        assertAccessible(page);
        page.setViewportSize(size.width, size.height);
    }

    /** The case page's table of unit tasks. */
    private static Locator tasks(Page page) {
        return page.locator("table[aria-label='承办任务']");
    }

    private static String documentNumber(String flash, String year) {
        Matcher m = Pattern.compile("新卫提字〔" + year + "〕[1-9]\\d*号").matcher(flash);
        assertThat(m.find()).as("document number in: " + flash).isTrue();
        return m.group();
    }

    private static int serial(String number) {
        return Integer.parseInt(number.replaceAll(".*〕(\\d+)号", "$1"));
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
