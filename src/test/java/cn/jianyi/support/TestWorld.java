package cn.jianyi.support;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.feedback.SubmitFeedbackCommand;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.ReplyTemplates;
import cn.jianyi.handling.CoUnitOpinions;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyContent;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.identity.Role;
import cn.jianyi.shared.Actor;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * A small congress built through the public use cases: one meeting, two units (区卫健委 and 区教体局), three deputies
 * (程绮南 leads, 刘建华 co-signs, 熊小梅 is unrelated), and a login per role, all with {@link #PASSWORD}.
 */
public final class TestWorld {

    public static final String PASSWORD = "test-password-1";

    /** {@link #PASSWORD} hashed once for the whole run: every world's logins share it (BCrypt takes about 0.1 s). */
    private static IdentityManagement.PasswordHash passwordHash;
    public static final LocalDate RECEIVED = LocalDate.of(2024, 1, 12);
    public static final LocalDate ASSIGNED = LocalDate.of(2024, 3, 5);

    public final MeetingView meeting;
    public final HandlingUnit health;
    public final HandlingUnit education;
    public final Deputy cheng;
    public final Deputy liu;
    public final Deputy xiong;
    public final Actor clerk = new Actor("clerk", "王晓燕", Role.CLERK.name(), null);
    public final Actor admin = new Actor("admin", "陈立", Role.ADMIN.name(), null);
    public final Actor handler = new Actor("handler", "熊伟", Role.HANDLER.name(), "区卫健委");
    public final Actor head = new Actor("head", "李卫东", Role.HEAD.name(), "区卫健委");
    public final Actor handler2 = new Actor("handler2", "邹静", Role.HANDLER.name(), "区教体局");
    public final Actor deputy = new Actor("deputy", "程绮南", Role.DEPUTY.name(), null);
    public final Actor deputy2 = new Actor("deputy2", "刘建华", Role.DEPUTY.name(), null);

    private final SuggestionManagement suggestions;
    private final Assignments assignments;
    private final Replies replies;
    private final ReplyTemplates replyTemplates;
    private final CoUnitOpinions coUnitOpinions;
    private final FeedbackManagement feedback;
    private final ApplicationContext context;
    private SecondCongress second;

    private static synchronized IdentityManagement.PasswordHash passwordHash(IdentityManagement identity) {
        if (passwordHash == null) {
            passwordHash = identity.hash(PASSWORD);
        }
        return passwordHash;
    }

    private TestWorld(ApplicationContext context) {
        Meetings meetings = context.getBean(Meetings.class);
        IdentityManagement identity = context.getBean(IdentityManagement.class);
        suggestions = context.getBean(SuggestionManagement.class);
        assignments = context.getBean(Assignments.class);
        replies = context.getBean(Replies.class);
        replyTemplates = context.getBean(ReplyTemplates.class);
        coUnitOpinions = context.getBean(CoUnitOpinions.class);
        feedback = context.getBean(FeedbackManagement.class);
        this.context = context;

        var congress = meetings.addCongress("南昌市新建区人民代表大会", "区人大", CongressLevel.DISTRICT,
                "区人大常委会选举任免联络办公室\n区政府督查室");
        meeting = meetings.addMeeting(meetings.addTerm(congress.id(), 2).id(), 4, LocalDate.of(2024, 1, 10));
        health = identity.addUnit("南昌市新建区卫生健康委员会", "区卫健委", "新卫提字", "83752009", "330100", null);
        education = identity.addUnit("南昌市新建区教育体育局", "区教体局", "新教提字", "83751236", "330100", null);
        cheng = identity.addDeputy("程绮南", "长堎街道代表团", null, null, null);
        liu = identity.addDeputy("刘建华", "望城镇代表团", "南昌市新建区望城镇璜溪大道88号", "330100", "13907081234");
        xiong = identity.addDeputy("熊小梅", "石岗镇代表团", null, null, null);
        IdentityManagement.PasswordHash password = passwordHash(identity);
        identity.addAccount("clerk", password, "王晓燕", Role.CLERK, null, null, false);
        identity.addAccount("supervisor", password, "周敏", Role.SUPERVISOR, null, null, false);
        identity.addAccount("admin", password, "陈立", Role.ADMIN, null, null, false);
        identity.addAccount("security", password, "赵安", Role.SECURITY_ADMIN, null, null, false);
        identity.addAccount("auditor", password, "吴静怡", Role.AUDIT_ADMIN, null, null, false);
        identity.addAccount("handler", password, "熊伟", Role.HANDLER, health.id(), null, false);
        identity.addAccount("head", password, "李卫东", Role.HEAD, health.id(), null, false);
        identity.addAccount("handler2", password, "邹静", Role.HANDLER, education.id(), null, false);
        identity.addAccount("head2", password, "万志远", Role.HEAD, education.id(), null, false);
        identity.addAccount("deputy", password, "程绮南", Role.DEPUTY, null, cheng.id(), false);
        identity.addAccount("deputy2", password, "刘建华", Role.DEPUTY, null, liu.id(), false);
        identity.addAccount("deputy3", password, "熊小梅", Role.DEPUTY, null, xiong.id(), false);
    }

    public static TestWorld create(ApplicationContext context) {
        return new TestWorld(context);
    }

    /**
     * A second congress in the installation (ADR 0042), made on first use: 望城镇人大 below the world's 区人大, with its
     * own meeting (一届三次会议), unit (镇政府办), deputy (胡立新), a case of that deputy assigned to that unit, and its
     * own logins: {@code clerk2} (代表工作机构 of 望城镇人大 only), {@code admin2} (系统管理员 of 望城镇人大 only),
     * {@code handler3} (承办人 of 镇政府办), {@code deputy4} (胡立新), and {@code clerkall} (代表工作机构 of 区人大 and
     * the congresses below it). The world's own office logins stay with 区人大 alone; its administrators (admin,
     * security, auditor) cover the congresses below theirs, as the migration and the defaults give them.
     */
    public synchronized SecondCongress secondCongress() {
        if (second == null) {
            second = new SecondCongress(context, this);
        }
        return second;
    }

    /** See {@link #secondCongress()}. */
    public static final class SecondCongress {

        public final long congressId;
        public final MeetingView meeting;
        public final HandlingUnit unit;
        public final Deputy deputy;
        /** 胡立新's suggestion No. 1 of the meeting, assigned to 镇政府办. */
        public final long caseId;
        /** 胡立新's suggestion No. 2, registered, not yet assigned. */
        public final long registeredId;
        public final Actor clerk2 = new Actor("clerk2", "罗小兰", Role.CLERK.name(), null);

        private SecondCongress(ApplicationContext context, TestWorld world) {
            Meetings meetings = context.getBean(Meetings.class);
            IdentityManagement identity = context.getBean(IdentityManagement.class);
            var congress = meetings.addCongress("南昌市新建区望城镇人民代表大会", "望城镇人大", CongressLevel.TOWNSHIP,
                    "镇人大主席团", world.meeting.congressId());
            congressId = congress.id();
            long term = meetings.addTerm(congressId, 1).id();
            meeting = meetings.addMeeting(term, 3, LocalDate.of(2024, 1, 8));
            unit = identity.addUnit(congressId, "南昌市新建区望城镇人民政府办公室", "镇政府办", "望政提字", "83761000",
                    "330100", null);
            deputy = identity.addDeputy(congressId, term, "胡立新", "望城镇第一选区", null, null, null);
            IdentityManagement.PasswordHash password = passwordHash(identity);
            identity.addAccount("clerk2", password, "罗小兰", cn.jianyi.identity.RoleSet.of(Role.CLERK), null, null,
                    congressId, false, false);
            identity.addAccount("admin2", password, "钟明", cn.jianyi.identity.RoleSet.of(Role.ADMIN), null, null,
                    congressId, false, false);
            identity.addAccount("handler3", password, "杨帆", Role.HANDLER, unit.id(), null, false);
            identity.addAccount("deputy4", password, "胡立新", Role.DEPUTY, null, deputy.id(), false);
            identity.addAccount("clerkall", password, "黄海", cn.jianyi.identity.RoleSet.of(Role.CLERK), null, null,
                    world.meeting.congressId(), true, false);
            caseId = world.suggestions.register(new RegisterSuggestionCommand(meeting.id(), 1, "关于修缮镇文化站的建议",
                    "建议内容", deputy.id(), List.of(), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH, RECEIVED, clerk2));
            world.assignments.assign(new AssignCommand(caseId, unit.id(), List.of(), ASSIGNED, clerk2));
            registeredId = world.suggestions.register(new RegisterSuggestionCommand(meeting.id(), 2,
                    "关于整治集镇停车的建议", "建议内容", deputy.id(), List.of(), SubjectArea.URBAN_ENVIRONMENT, RECEIVED,
                    clerk2));
        }
    }

    /** Registers suggestion {@code number} of 程绮南, co-signed by 刘建华. */
    public long registered(int number) {
        return suggestions.register(new RegisterSuggestionCommand(meeting.id(), number, "关于健全生育服务保障机制的建议",
                "建议内容", cheng.id(), List.of(liu.id()), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH, RECEIVED, clerk));
    }

    /** Registered and assigned to 区卫健委 (lead) and 区教体局 (co-unit). */
    public long assigned(int number) {
        long id = registered(number);
        assignments.assign(new AssignCommand(id, health.id(), List.of(education.id()), ASSIGNED, clerk));
        return id;
    }

    public Reply drafted(long id) {
        return replies.saveDraft(new SaveDraftCommand(id, health.id(), content(id, "第一次答复正文"), handler));
    }

    /** Drafted by 区卫健委 in the given class (of the congress's scheme). */
    public Reply drafted(long id, cn.jianyi.handling.ResolutionCategory classification) {
        ReplyContent template = content(id, "答复正文");
        return replies.saveDraft(new SaveDraftCommand(id, health.id(), new ReplyContent(classification,
                template.title(), template.salutation(), template.body(), template.contactUnit(),
                template.contactPhone(), template.postcode(), template.copyTo(), template.publicity()), handler));
    }

    public ReplyContent content(long id, String text) {
        ReplyContent template = replyTemplates.newDraftTemplate(id, health.id());
        return new ReplyContent(template.classification(), template.title(), template.salutation(),
                template.body() + text, template.contactUnit(), template.contactPhone(), template.postcode(),
                template.copyTo(), template.publicity());
    }

    public Reply signed(Reply draft, LocalDate on) {
        return replies.sign(new SignReplyCommand(draft.id(), health.id(), on, head));
    }

    /** Assigned, drafted and signed on 2024-06-20. */
    public long replied(int number) {
        long id = assigned(number);
        signed(drafted(id), LocalDate.of(2024, 6, 20));
        return id;
    }

    /** The congress office sends a case whose deputy was dissatisfied back for 重新办理. */
    public LocalDate sentBack(long id) {
        return feedback.sendBackForRehandling(id, "请针对代表意见重新研究后再次答复。", clerk);
    }

    /** 区教体局 sends its co-unit opinion to the lead unit. */
    public void opinionGiven(long id) {
        coUnitOpinions.giveOpinion(new cn.jianyi.handling.GiveOpinionCommand(id, education.id(), "同意主办单位意见。", handler2));
    }

    /** 程绮南 answers the latest reply on {@code givenOn}. */
    public void rated(long id, Satisfaction satisfaction, String comment, LocalDate givenOn) {
        feedback.submit(new SubmitFeedbackCommand(id, cheng.id(), satisfaction, satisfaction, Satisfaction.SATISFIED,
                comment, givenOn, deputy));
    }

    public void rated(long id, Satisfaction satisfaction, String comment) {
        feedback.submit(new SubmitFeedbackCommand(id, cheng.id(), satisfaction, satisfaction, Satisfaction.SATISFIED, comment, LocalDate.of(2024, 6, 28),
                deputy));
    }
}
