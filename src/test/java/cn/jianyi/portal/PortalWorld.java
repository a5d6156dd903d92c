package cn.jianyi.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.identity.DataScope;
import cn.jianyi.publication.DecidePublicationCommand;
import cn.jianyi.publication.MarkPassageCommand;
import cn.jianyi.publication.NewRedactionRuleCommand;
import cn.jianyi.publication.Publications;
import cn.jianyi.publication.RedactionRules;
import cn.jianyi.publication.WithholdingGround;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.TestWorld;

/**
 * The portal tests' cases, through the use cases: one published in part with an automatic match (a mobile number),
 * a manual mark and an administrator's rule removed; one published in full; one pending; one withdrawn; one
 * withheld (不予公开). The strings that must never be public are {@link #SECRETS}.
 */
final class PortalWorld {

    static final String MOBILE = "13987654321";
    static final String MARKED = "秘密甲乙丙丁戊";
    static final String RULED = "内部代号寅卯辰";
    static final String PENDING = "待决机密子丑";
    static final String WITHDRAWN = "撤回机密午未";
    static final String WITHHELD = "不予公开机密申酉";
    static final List<String> SECRETS = List.of(MOBILE, MARKED, RULED, PENDING, WITHDRAWN, WITHHELD);

    final TestWorld world;
    final DataScope office;
    final long partly;
    final long full;
    final long pending;
    final long withdrawn;
    final long withheld;

    private final SuggestionManagement suggestions;
    private final Assignments assignments;
    private final Replies replies;
    private final Publications publications;

    PortalWorld(ApplicationContext context) {
        world = TestWorld.create(context);
        office = new DataScope.OfCongresses(Set.of(world.meeting.congressId()));
        suggestions = context.getBean(SuggestionManagement.class);
        assignments = context.getBean(Assignments.class);
        replies = context.getBean(Replies.class);
        publications = context.getBean(Publications.class);
        context.getBean(RedactionRules.class).add(new NewRedactionRuleCommand(world.meeting.congressId(), null, null,
                RULED, null, "内部项目代号不公开", world.admin));
        partly = publish(signed(21, "关于发展普惠托育服务的建议", "建议增加托育机构，联系人电话" + MOBILE + "。",
                "关于托育服务，我委已会同" + MARKED + "推进，" + RULED + "已立项。\n一、普惠托育\n新增托位500个。"), true);
        full = publish(signed(22, "关于增设路灯的建议", "幸福路夜间无路灯，建议增设。",
                "我委已在幸福路增设路灯30盏，学位问题另行答复。"), false);
        pending = publications.ofReply(signed(23, "关于学位供给的建议", "学位紧张。" + PENDING,
                "学位答复。" + PENDING).id(), office).id();
        withdrawn = publish(signed(24, "关于托育补贴的建议", "托育补贴。" + WITHDRAWN, "托育补贴答复。" + WITHDRAWN), false);
        publications.withdraw(withdrawn, "代表要求暂缓公开", office, world.clerk);
        withheld = publications.ofReply(signed(25, "关于托育用地的建议", "托育用地。" + WITHHELD,
                "托育用地答复。" + WITHHELD).id(), office).id();
        publications.decide(new DecidePublicationCommand(withheld, DecidePublicationCommand.Outcome.WITHHOLD,
                WithholdingGround.PROCESS_INFORMATION, "仍在研究", world.clerk), office);
    }

    private Reply signed(int number, String title, String text, String body) {
        long id = suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), number, title, text,
                world.cheng.id(), List.of(), SubjectArea.SOCIAL_DEVELOPMENT, TestWorld.RECEIVED, world.clerk));
        assignments.assign(AssignCommand.leadOnly(id, world.health.id(), TestWorld.ASSIGNED, world.clerk));
        Reply draft = replies.saveDraft(new SaveDraftCommand(id, world.health.id(), world.content(id, body),
                world.handler));
        return world.signed(draft, LocalDate.of(2024, 6, 20));
    }

    private long publish(Reply reply, boolean partly) {
        long id = publications.ofReply(reply.id(), office).id();
        if (partly) {
            publications.mark(new MarkPassageCommand(id, MARKED, WithholdingGround.PERSONAL_PRIVACY, world.clerk), office);
        }
        publications.decide(new DecidePublicationCommand(id, partly ? DecidePublicationCommand.Outcome.PUBLISH_IN_PART
                : DecidePublicationCommand.Outcome.PUBLISH, null, partly ? "删除个人信息" : null, world.clerk), office);
        return id;
    }

    /** The public id of a publication record is the record's id (ADR 0059). */
    String item(long publication) {
        return "/public/cases/" + publication;
    }
}
