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
 * One suggestion carried from the deputy's draft to closed in headless Chromium, by each role in turn, on the demo
 * data: drafted on a phone → 刘建华 invited, accepts on her phone → submitted → 受理 from the registration queue →
 * 交办 to a lead and two co-units → one co-unit's 退回 approved, another unit takes over → 签收 → 联系代表 → 拟稿 →
 * 签发 held until both co-unit opinions are in → 协办意见 → 签发 → 不满意 → the office decides 重新办理 → second reply →
 * 满意 → 办结. The deputies work in a phone viewport.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
@Lanes.Pin(0)   // the longest browser class: the other lane takes the next longest (ADR 0030)
class HandlingFlowBrowserTest extends ChromiumTest {

    private static final String TITLE = "关于加强社区托育机构消防安全管理的建议";
    private static final Path SHOTS = Paths.get("target", "screenshots");

    @Test
    @DisplayName("代表在手机上起草、邀请联名并提交，联名代表同意，办事员受理交办，答复、不满意重办、满意、办结")
    void carriesANewSuggestionFromRegistrationToClosed() {
        String year = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());

        // 代表 on a phone: 写建议 (first with no title: refused, the text kept), then invites 刘建华 to co-sign
        String content = "部分社区托育机构消防通道被占用，灭火器材过期，建议开展专项检查。";
        Page deputy = loginAs("deputy", true);
        deputy.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("写建议").setExact(true)).first().click();
        assertThat(deputy.locator(".one-matter")).containsText("一件建议只反映一个问题");
        deputy.locator("#content").fill(content);
        deputy.locator("#category").selectOption("EDUCATION_SCIENCE_CULTURE_HEALTH");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(deputy.locator("#title ~ .field-error")).hasText("请填写标题；空白的建议不能保存。");
        assertThat(deputy.locator("#content")).hasValue(content);
        deputy.locator("#title").fill(TITLE);
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(deputy.locator(".flash")).hasText("草稿已保存。");
        String submissionUrl = deputy.url();
        deputy.locator("#coSigners").fill("刘建华、王不存在");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发出邀请")).click();
        assertThat(deputy.locator("#coSigners ~ .field-error")).hasText("未找到代表“王不存在”，请核对姓名。");
        deputy.locator("#coSigners").fill("刘建华");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发出邀请")).click();
        assertThat(deputy.locator(".flash")).hasText("联名邀请已发出。");
        assertThat(deputy.locator("[data-cosigner=刘建华]")).containsText("待确认");
        assertNoHorizontalScroll(deputy);
        shot(deputy, "00-deputy-submission");
        logout(deputy);

        // 刘建华 on her phone: the invitation waits on her home page and among her notices, which lead to it
        Page liu = loginAs("deputy2", true);
        assertThat(liu.locator("[data-portal=invitations]")).containsText(TITLE);
        liu.locator(".nav-notices").click();
        liu.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("联名邀请：《" + TITLE + "》")).click();
        assertThat(liu.locator("[data-invitation]")).containsText("程绮南代表邀请您联名这件建议");
        liu.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("同意联名")).click();
        assertThat(liu.locator(".flash")).hasText("您已同意联名。");
        assertThat(liu.locator("[data-cosigner=刘建华]")).containsText("已同意联名");
        logout(liu);

        // 程绮南 submits: first without confirming 一事一议
        deputy = loginAs("deputy", true);
        deputy.navigate(submissionUrl);
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交").setExact(true)).click();
        assertThat(deputy.locator("[data-submit] .field-error")).containsText("请确认本建议只反映一个问题");
        deputy.getByLabel("本建议只反映一个问题（一事一议）").check();
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交").setExact(true)).click();
        assertThat(deputy.locator(".flash")).hasText("建议已提交，等待代表工作机构受理。");
        assertThat(deputy.locator(".badge.sub-SUBMITTED")).hasText("待受理");
        logout(deputy);

        // 代表工作机构: 受理 from the registration queue, numbered, with its co-signer
        Page clerk = loginAs("clerk", false);
        menu(clerk, "待受理");
        clerk.getByText(TITLE).click();
        assertThat(clerk.locator("h1")).hasText("受理审查");
        assertThat(clerk.locator("#category option:checked")).hasText("教科文卫");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("受理并编号")).click();
        assertThat(clerk.locator(".flash")).containsText("号建议已登记。");
        assertThat(clerk.locator("h1")).containsText(TITLE);
        assertThat(clerk.locator("dl.facts")).containsText("已登记");
        assertThat(clerk.locator("dl.facts")).containsText("刘建华");
        assertThat(clerk.locator("ol.timeline")).containsText("联名代表刘建华已确认");
        String caseUrl = clerk.url();
        shot(clerk, "01-clerk-registered");

        // 重点督办, shown apart on the case page and in the lists
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("列为重点督办")).click();
        clerk.locator("#leader").fill("区政府分管卫生健康工作的副区长");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(clerk.locator("#committee ~ .field-error")).hasText("此项为必填项。");
        assertThat(clerk.locator("#leader")).hasValue("区政府分管卫生健康工作的副区长");
        clerk.locator("#committee").fill("区人大常委会教科文卫工作委员会");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(clerk.locator(".flash")).hasText("已列为重点督办。");
        assertThat(clerk.locator("[aria-label='重点督办']")).containsText("牵头领导：区政府分管卫生健康工作的副区长");

        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("交办").setExact(true)).click();
        clerk.locator("#leadUnitId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("区卫健委"));
        clerk.locator("label:has-text('区教体局') input[type=checkbox]").check();
        clerk.locator("label:has-text('区交通运输局') input[type=checkbox]").check();
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交办")).click();
        assertThat(clerk.locator(".flash")).containsText("已交办，答复期限至");
        assertThat(clerk.locator("dl.facts")).containsText("已交办");
        assertThat(tasks(clerk)).containsText("协办");
        assertThat(tasks(clerk)).containsText("待签收");
        logout(clerk);

        // 协办单位 区交通运输局: 申请退回 within the window, proposing 区民政局
        Page transport = loginAs("handler3", false);
        assertThat(section(transport, "待签收")).containsText(TITLE);
        section(transport, "待签收").getByText(TITLE).click();
        transport.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("申请退回")).click();
        assertThat(transport.locator(".hint").first()).containsText("逾期不作调整");
        transport.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
        assertThat(transport.locator("#reason ~ .field-error")).hasText("此项为必填项。");
        transport.locator("#proposedUnitId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("南昌市新建区民政局"));
        transport.locator("#reason").fill("托育机构消防安全不属于本局职责，建议由区民政局协办。");
        transport.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
        assertThat(transport.locator(".flash")).hasText("退回申请已提交，请等待代表工作机构审核。");
        assertThat(tasks(transport)).containsText("申请退回中");
        logout(transport);

        // 代表工作机构 approves: 区民政局 takes over the co-unit's part
        clerk = loginAs("clerk", false);
        assertThat(section(clerk, "待审核的退回和延期申请")).containsText(TITLE);
        section(clerk, "待审核的退回和延期申请").getByText(TITLE).click();
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("审核退回申请")).click();
        assertThat(clerk.locator("[aria-label='退回申请']")).containsText("不属于本局职责");
        clerk.getByLabel("同意退回，改由以下单位承办").check();
        assertThat(clerk.locator("#newUnitId option:checked")).hasText("南昌市新建区民政局");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核意见")).click();
        assertThat(clerk.locator(".flash")).hasText("已同意退回，建议已改由新单位承办。");
        assertThat(tasks(clerk).locator("tr", new Locator.LocatorOptions().setHasText("区交通运输局"))).containsText("已退回");
        assertThat(tasks(clerk).locator("tr", new Locator.LocatorOptions().setHasText("区民政局"))).containsText("待签收");
        logout(clerk);

        // 承办人: 拟写答复 with live preview
        Page handler = loginAs("handler", false);
        assertThat(section(handler, "待拟写答复")).containsText(TITLE);
        section(handler, "待拟写答复").getByText(TITLE).click();
        handler.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("记录联系")).click();
        handler.getByLabel("面商").check();
        handler.locator("#participants").fill("程绮南代表、熊伟");
        handler.locator("#summary").fill("办前面商：商定先查消防通道，再查灭火器材。");
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(handler.locator(".flash")).hasText("联系记录已保存。");
        assertThat(handler.locator("[aria-label='联系代表记录']")).containsText("面商");
        handler.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("拟写答复")).click();
        assertThat(handler.locator("#letter")).containsText("尊敬的程绮南代表：");
        assertThat(handler.locator("#letter")).containsText("南昌市新建区卫生健康委员会");
        handler.locator("#body").fill("您提出的《" + TITLE + "》收悉，现答复如下：\n\n一、开展专项检查\n\n我委已会同消防部门对全区托育机构开展消防安全专项检查。");
        assertThat(handler.locator("#letter")).containsText("我委已会同消防部门");
        shot(handler, "02-handler-draft");
        handler.locator("input[name=classification][value=A]").check();
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(handler.locator(".flash")).hasText("答复稿已保存。");
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送负责人签发")).click();
        assertThat(handler.locator(".flash")).hasText("答复稿已送负责人签发。");
        logout(handler);

        // 单位负责人: 签发 is held until the co-units' opinions are in
        Page head = loginAs("head", false);
        head.onceDialog(dialog -> acceptOnce(dialog));   // 签发's confirmation (ADR 0045)
        assertThat(section(head, "待签发答复")).containsText(TITLE);
        section(head, "待签发答复").getByText(TITLE).click();
        head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("预览并签发")).click();
        assertThat(head.locator(".draft-banner")).hasText("此答复稿已送签，等待负责人签发。");
        head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签发")).click();
        assertThat(head.locator("[role=alert]")).containsText("协办单位意见尚未全部送达，暂不能签发");
        assertThat(head.locator("[role=alert]")).containsText("区教体局");
        assertThat(head.locator("[role=alert]")).containsText("区民政局");
        assertThat(head.locator("#letter")).containsText("我委已会同消防部门");
        logout(head);

        // 协办单位: 区教体局 writes its opinion (acknowledging by it); 区民政局 acknowledges first, then writes
        Page education = loginAs("handler2", false);
        assertThat(section(education, "待提交协办意见")).containsText(TITLE);
        section(education, "待提交协办意见").getByText(TITLE).click();
        giveOpinion(education, "我局将配合开展校园周边托育机构消防宣传教育。");
        logout(education);
        Page civil = loginAs("handler7", false);
        assertThat(section(civil, "待签收")).containsText(TITLE);
        section(civil, "待签收").getByText(TITLE).click();
        civil.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签收")).click();
        assertThat(civil.locator(".flash")).hasText("已签收。");
        civil.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("提交协办意见")).click();
        civil.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交协办意见")).click();
        assertThat(civil.locator("#opinion ~ .field-error")).hasText("此项为必填项。");
        civil.locator("#opinion").fill("我局将把托育机构消防安全纳入民办非企业单位年检内容。");
        civil.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交协办意见")).click();
        assertThat(civil.locator(".flash")).hasText("协办意见已提交主办单位。");
        logout(civil);

        head = loginAs("head", false);
        head.onceDialog(dialog -> acceptOnce(dialog));   // 签发's confirmation (ADR 0045)
        head.navigate(caseUrl);
        assertThat(head.locator("[aria-label='协办意见']")).containsText("纳入民办非企业单位年检");
        assertThat(head.locator("[aria-label='协办意见']")).containsText("校园周边");
        head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("预览并签发")).click();
        head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签发")).click();
        String firstNumber = documentNumber(head.locator(".flash").textContent(), year);
        assertThat(head.locator("dl.facts")).containsText("已答复");
        logout(head);

        // 代表 on a phone: 不满意, first without a reason
        deputy = loginAs("deputy", true);
        Locator mine = deputy.locator("[data-portal=cases] li", new Page.LocatorOptions().setHasText(TITLE));
        assertThat(mine).containsText("已答复");
        assertThat(mine.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("评价答复"))).isVisible();
        assertNoHorizontalScroll(deputy);
        shot(deputy, "02-deputy-portal");
        mine.getByText(TITLE).click();
        deputy.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("评价答复")).click();
        assertThat(deputy.locator("#letter")).containsText(firstNumber);
        deputy.goBack();
        assertThat(deputy.locator("#contacts")).containsText("办前面商");
        deputy.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("评价答复")).click();
        assertThat(deputy.locator("#letter")).containsText("我委已会同消防部门");
        assertNoHorizontalScroll(deputy);
        shot(deputy, "03-deputy-feedback");
        rate(deputy, "总体评价", "不满意");
        rate(deputy, "办理结果", "不满意");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(deputy.locator("[aria-label='办理态度'] .field-error")).hasText("请选择。");
        rate(deputy, "办理态度", "基本满意");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(deputy.locator("#comment ~ .field-error")).hasText("选择“不满意”时必须填写理由。");
        assertThat(deputy.locator("[aria-label='总体评价']").getByLabel("不满意", new Locator.GetByLabelOptions()
                .setExact(true))).isChecked();
        deputy.locator("#comment").fill("没有说明检查发现的问题如何整改。");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(deputy.locator(".flash")).hasText("感谢您的评价。");
        assertThat(deputy.locator("[data-story]")).containsText("已答复");
        logout(deputy);

        // 代表工作机构 studies the reasons and sends the case back with a new deadline
        clerk = loginAs("clerk", false);
        assertThat(section(clerk, "代表不满意，待决定重新办理")).containsText(TITLE);
        section(clerk, "代表不满意，待决定重新办理").getByText(TITLE).click();
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("重新办理")).click();
        assertThat(clerk.locator("[aria-label='代表意见']")).containsText("没有说明检查发现的问题如何整改。");
        clerk.locator("#reason").fill("请逐项说明检查发现问题的整改情况，并与代表面商。");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交主办单位重新办理")).click();
        assertThat(clerk.locator(".flash")).containsText("已交主办单位重新办理，答复期限至");
        assertThat(clerk.locator("dl.facts")).containsText("重新办理");
        assertThat(clerk.locator("[aria-label='期限说明']")).containsText("决定重新办理，自决定之日起1个月内再次答复");
        logout(clerk);

        // 重新办理: second reply and signature
        handler = loginAs("handler", false);
        handler.navigate(caseUrl);
        handler.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("拟写答复")).click();
        handler.locator("#body").fill("您提出的《" + TITLE + "》收悉，现再次答复如下：\n\n检查发现的12处问题已全部整改到位。");
        handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(handler.locator(".flash")).hasText("答复稿已保存。");
        logout(handler);

        head = loginAs("head", false);
        head.onceDialog(dialog -> acceptOnce(dialog));   // 签发's confirmation (ADR 0045)
        head.navigate(caseUrl);
        head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("预览并签发")).click();
        head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签发")).click();
        String secondNumber = documentNumber(head.locator(".flash").textContent(), year);
        assertThat(serial(secondNumber)).isEqualTo(serial(firstNumber) + 1);
        logout(head);

        deputy = loginAs("deputy", true);
        deputy.navigate(caseUrl);
        deputy.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("评价答复")).click();
        assertThat(deputy.locator("#letter")).containsText("12处问题已全部整改到位");
        rate(deputy, "总体评价", "满意");
        rate(deputy, "办理结果", "满意");
        rate(deputy, "办理态度", "满意");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(deputy.locator(".flash")).hasText("感谢您的评价。");
        assertNoHorizontalScroll(deputy);
        logout(deputy);

        // 办结
        clerk = loginAs("clerk", false);
        assertThat(section(clerk, "待办结")).containsText(TITLE);
        section(clerk, "待办结").getByText(TITLE).click();
        clerk.onDialog(dialog -> dialog.accept());
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结")).click();
        assertThat(clerk.locator(".flash")).hasText("建议已办结。");
        assertThat(clerk.locator("dl.facts")).containsText("已办结");
        Locator timeline = clerk.locator("ol.timeline");
        for (String step : List.of("登记", "交办", "申请退回", "同意退回", "调整承办单位", "签收", "联系代表",
                "提交协办意见", "拟写答复", "签发答复", "代表评价", "不满意，重新办理", "办结")) {
            assertThat(timeline).containsText(step);
        }
        Locator ratings = clerk.locator("[aria-label='代表评价']");
        assertThat(ratings).containsText("不满意");
        assertThat(ratings).containsText("没有说明检查发现的问题如何整改。");
        assertThat(ratings.locator("li")).hasCount(2);
        assertThat(clerk.locator("[aria-label='答复']")).containsText(secondNumber);
        shot(clerk, "04-clerk-closed");
        logout(clerk);

        // 督查室: reads, cannot act
        Page supervisor = loginAs("supervisor", false);
        supervisor.navigate(caseUrl);
        assertThat(supervisor.locator("h1")).containsText(TITLE);
        assertThat(supervisor.locator("[aria-label='可办理事项']")).hasCount(0);
        assertThat(supervisor.locator("ol.timeline")).containsText("办结");
        assertThat(supervisor.locator("[aria-label='重点督办']")).containsText("区人大常委会教科文卫工作委员会");
        // 督查室 reviews the class of the second reply: a change needs its reason; both classes are kept
        supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看答复函")).last().click();
        assertThat(supervisor.locator("[aria-label='修改记录']")).containsText("第1稿");
        supervisor.locator("[aria-label='审核分类']").getByLabel("B类").check();
        supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核")).click();
        assertThat(supervisor.locator("#reason ~ .field-error")).hasText("调整分类时必须说明理由。");
        supervisor.locator("#reason").fill("整改措施尚在落实，应为正在解决");
        supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核")).click();
        assertThat(supervisor.locator(".flash")).hasText("分类审核已记录。");
        assertThat(supervisor.locator("section[aria-label='审核分类']")).containsText("承办单位所报分类A，审核调整为B。");
        assertThat(supervisor.locator("#letter")).containsText("分类：A");
        supervisor.navigate(caseUrl);
        assertThat(supervisor.locator("[aria-label='答复']")).containsText("B（原报A）");
        supervisor.navigate(url("/suggestions?key=true"));
        assertThat(supervisor.locator("tr", new Page.LocatorOptions().setHasText(TITLE)).locator(".badge.key"))
                .hasText("重点督办");
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
