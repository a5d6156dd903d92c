package cn.jianyi.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.documents.UnitSeals;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.feedback.SubmitFeedbackCommand;
import cn.jianyi.handling.GiveOpinionCommand;
import cn.jianyi.handling.HandlingManagement;
import cn.jianyi.handling.Publicity;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyContent;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.identity.Role;
import cn.jianyi.shared.Actor;
import cn.jianyi.submission.NonAdmissibleReason;
import cn.jianyi.submission.RegisterSubmissionCommand;
import cn.jianyi.submission.Submission;
import cn.jianyi.archive.ArchiveImports;
import cn.jianyi.archive.ArchiveManagement;
import cn.jianyi.archive.ConfirmLetterCommand;
import cn.jianyi.archive.LetterFields;
import cn.jianyi.archive.LetterKind;
import cn.jianyi.archive.UploadedFile;
import cn.jianyi.submission.SubmissionManagement;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * Seeds an empty database with the demo: every case is carried to its state by the same use cases people perform,
 * acting as the demo accounts, so timelines and document numbers are real. Runs once all beans exist and before the
 * web server starts, so the demo logins work from the first request.
 */
@Component
@ConditionalOnProperty(name = "jianyi.demo.enabled", havingValue = "true")
class DemoData implements SmartInitializingSingleton {

    /** Password of every demo account; they can log in only while demo data is on. */
    static final String PASSWORD = "jianyi-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String COPY_TO = "区人大常委会选举任免联络办公室\n区政府督查室";

    private final Meetings meetings;
    private final IdentityManagement identity;
    private final SuggestionManagement suggestions;
    private final Assignments assignments;
    private final HandlingManagement handling;
    private final FeedbackManagement feedback;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;
    private final UnitSeals seals;
    private final SubmissionManagement submissions;
    private final ArchiveImports archiveImports;
    private final ArchiveManagement archive;

    DemoData(Meetings meetings, IdentityManagement identity, SuggestionManagement suggestions,
             Assignments assignments, HandlingManagement handling, FeedbackManagement feedback,
             PlatformTransactionManager transactions, java.time.Clock clock, UnitSeals seals,
             SubmissionManagement submissions, ArchiveImports archiveImports, ArchiveManagement archive) {
        this.archiveImports = archiveImports;
        this.archive = archive;
        this.submissions = submissions;
        this.clock = clock;
        this.seals = seals;
        this.meetings = meetings;
        this.identity = identity;
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.handling = handling;
        this.feedback = feedback;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        // Each demo unit seals its OFD letters with a demonstration seal, made on first use.
        DemoCases.UNITS.forEach(unit -> seals.offerDemoSeal(unit.fullName()));
        if (!meetings.isEmpty()) {
            return;
        }
        Directory directory = transaction.execute(status -> seedDirectory());
        int cases = transaction.execute(status -> seedCases(directory));
        transaction.executeWithoutResult(status -> seedSubmissions(directory));
        seedHistoricalLetter(directory);
        log.info("Demo data loaded: {} suggestions, {} units, {} deputies; demo logins use the password {}", cases,
                directory.units().size(), directory.deputies().size(), PASSWORD);
    }

    /** What the cases refer to: meetings by number, units and deputies by index, and who acts. */
    private record Directory(MeetingView meeting4, MeetingView meeting6, List<HandlingUnit> units,
                             List<Deputy> deputies, Actor clerk, List<Actor> handlers, List<Actor> heads,
                             List<Actor> deputyActors) {
    }

    private Directory seedDirectory() {
        var congress = meetings.addCongress("南昌市新建区人民代表大会", "区人大", CongressLevel.DISTRICT, COPY_TO);
        var term = meetings.addTerm(congress.id(), 2);
        MeetingView meeting4 = meetings.addMeeting(term.id(), 4, LocalDate.of(2024, 1, 10));
        MeetingView meeting6 = meetings.addMeeting(term.id(), 6, LocalDate.of(2026, 1, 7));

        identity.addAccount("clerk", PASSWORD, "王晓燕", Role.CLERK, null, null, true);
        identity.addAccount("supervisor", PASSWORD, "周敏", Role.SUPERVISOR, null, null, true);
        identity.addAccount("admin", PASSWORD, "陈立", Role.ADMIN, null, null, true);
        Actor clerk = new Actor("clerk", "王晓燕", Role.CLERK.name(), null);

        var units = new ArrayList<HandlingUnit>();
        var handlers = new ArrayList<Actor>();
        var heads = new ArrayList<Actor>();
        for (DemoCases.UnitSeed seed : DemoCases.UNITS) {
            HandlingUnit unit = identity.addUnit(seed.fullName(), seed.shortName(), seed.docCode(), seed.phone(),
                    "330100", "南昌市新建区长堎大道");
            units.add(unit);
            identity.addAccount(seed.handlerLogin(), PASSWORD, seed.handlerName(), Role.HANDLER, unit.id(), null, true);
            identity.addAccount(seed.headLogin(), PASSWORD, seed.headName(), Role.HEAD, unit.id(), null, true);
            handlers.add(new Actor(seed.handlerLogin(), seed.handlerName(), Role.HANDLER.name(), unit.shortName()));
            heads.add(new Actor(seed.headLogin(), seed.headName(), Role.HEAD.name(), unit.shortName()));
        }

        var deputies = new ArrayList<Deputy>();
        var deputyActors = new ArrayList<Actor>();
        for (int i = 0; i < DemoCases.DEPUTIES.size(); i++) {
            DemoCases.DeputySeed seed = DemoCases.DEPUTIES.get(i);
            Deputy deputy = identity.addDeputy(seed.name(), seed.delegation(), seed.address(),
                    seed.address() == null ? null : "330100", seed.phone());
            deputies.add(deputy);
            String login = i == 0 ? "deputy" : "deputy" + (i + 1);
            identity.addAccount(login, PASSWORD, seed.name(), Role.DEPUTY, null, deputy.id(), true);
            deputyActors.add(new Actor(login, seed.name(), Role.DEPUTY.name(), null));
        }
        return new Directory(meeting4, meeting6, List.copyOf(units), List.copyOf(deputies), clerk,
                List.copyOf(handlers), List.copyOf(heads), List.copyOf(deputyActors));
    }

    private int seedCases(Directory directory) {
        for (DemoCases.CaseSeed seed : DemoCases.CASES) {
            seedCase(seed, directory);
        }
        return DemoCases.CASES.size();
    }

    private void seedCase(DemoCases.CaseSeed seed, Directory directory) {
        MeetingView meeting = seed.meeting() == 4 ? directory.meeting4() : directory.meeting6();
        long id = suggestions.register(new RegisterSuggestionCommand(meeting.id(), seed.number(), seed.title(),
                seed.content(), directory.deputies().get(seed.leadDeputy()).id(),
                seed.coSigners().stream().map(i -> directory.deputies().get(i).id()).toList(), seed.category(),
                seed.receivedOn(), directory.clerk()));
        Integer joins = seed.meeting() == 6 ? DemoCases.MERGES.get(seed.number()) : null;
        if (joins != null) {
            suggestions.merge(id, joins, directory.clerk());
            return;
        }
        List<String> key = seed.meeting() == 4 ? DemoCases.KEY_ITEMS.get(seed.number()) : null;
        if (key != null) {
            suggestions.designateKey(id, key.get(0), key.get(1), directory.clerk());
        }
        if (seed.leadUnit() == null) {
            return;
        }
        HandlingUnit lead = directory.units().get(seed.leadUnit());
        assignments.assign(new AssignCommand(id, lead.id(),
                seed.coUnits().stream().map(i -> directory.units().get(i).id()).toList(), seed.assignedOn(),
                directory.clerk()));
        Actor handler = directory.handlers().get(seed.leadUnit());
        Actor head = directory.heads().get(seed.leadUnit());
        Actor deputy = directory.deputyActors().get(seed.leadDeputy());
        long deputyId = directory.deputies().get(seed.leadDeputy()).id();
        if (!seed.rounds().isEmpty()) {
            for (Integer coUnit : seed.coUnits()) {
                handling.giveOpinion(new GiveOpinionCommand(id, directory.units().get(coUnit).id(),
                        "我单位同意主办单位的办理意见，将按职责配合做好相关工作。", directory.handlers().get(coUnit)));
            }
        }
        for (DemoCases.Round round : seed.rounds()) {
            ReplyContent content = contentOf(id, lead, round.classification(), round.answer(), seed);
            Reply draft = handling.saveDraft(new SaveDraftCommand(id, lead.id(), content, handler));
            if (round.classification() == cn.jianyi.handling.ResolutionCategory.B
                    || round.classification() == cn.jianyi.handling.ResolutionCategory.C) {
                handling.promise(new cn.jianyi.handling.PromiseCommand(draft.id(), lead.id(),
                        round.classification() == cn.jianyi.handling.ResolutionCategory.B
                                ? "按答复所列计划推进，完成后再次答复代表" : "条件具备后列入年度计划，并向代表再次答复",
                        java.time.LocalDate.now(clock).plusMonths(6), handler));
            }
            handling.sign(new SignReplyCommand(draft.id(), lead.id(), round.signedOn(), head));
            if (round.satisfaction() != null) {
                feedback.submit(new SubmitFeedbackCommand(id, deputyId, round.satisfaction(), round.satisfaction(),
                        round.attitude(), round.comment(), round.givenOn(), deputy));
                if (round.satisfaction() == Satisfaction.DISSATISFIED) {
                    feedback.sendBackForRehandling(id, "请针对代表意见重新研究，面商后再次答复。", directory.clerk());
                }
            }
        }
        if (seed.draft() != null) {
            handling.saveDraft(new SaveDraftCommand(id, lead.id(),
                    contentOf(id, lead, cn.jianyi.handling.ResolutionCategory.B, seed.draft(), seed), handler));
        }
        if (seed.rounds().size() > 1) {       // a later round solved what an earlier one promised: 再次答复
            DemoCases.Round last = seed.rounds().get(seed.rounds().size() - 1);
            handling.commitmentsOf(id).stream().filter(cn.jianyi.handling.Commitment::isOpen)
                    .filter(c -> !c.replyId().equals(handling.latestSigned(id).orElseThrow().id()))
                    .forEach(c -> handling.followUp(new cn.jianyi.handling.FollowUpCommand(c.id(), lead.id(),
                            cn.jianyi.handling.Commitment.Status.FULFILLED, last.answer(), last.signedOn(), handler)));
        }
        if (seed.concluded()) {
            feedback.close(id, directory.clerk());
        }
    }

    /**
     * 历史复函导入: one reply letter of an earlier meeting read, reviewed and confirmed, so the archive holds a record
     * and the suggestion list a historical case (ADR 0028).
     */
    private void seedHistoricalLetter(Directory directory) {
        byte[] text;
        try (var in = DemoData.class.getResourceAsStream("/demo/historical-reply-2023.txt")) {
            text = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long batch = archiveImports.importNow(List.of(new UploadedFile("住建局-二届三次会议第12号建议答复.txt", text)),
                directory.clerk());
        var letter = archiveImports.lettersOf(batch).get(0);
        if (letter.status() != cn.jianyi.archive.ArchivedLetter.Status.PENDING_REVIEW) {
            log.warn("The demo's historical letter was not read: {}", letter.error());
            return;
        }
        String reply = new String(text, StandardCharsets.UTF_8);
        archive.confirm(new ConfirmLetterCommand(letter.id(), new LetterFields(LetterKind.SUGGESTION,
                "南昌市新建区住房和城乡建设局", "新建提字〔2023〕9号", "B", "人大", "区", "南昌市新建区人民代表大会", 2, 3,
                "12", "万国平", "龚琳", "83771056", LocalDate.of(2023, 6, 20), 2023,
                "区人大常委会选举任免联络办公室、区政府督查室", null, null, "关于区人大二届三次会议第12号建议的答复",
                reply.substring(reply.indexOf("您提出的"), reply.lastIndexOf("南昌市新建区住房和城乡建设局")).strip()),
                List.of("万国平"), directory.clerk()));
    }

    /**
     * Online submissions in every stage: 程绮南's draft; 刘建华 invites 程绮南 to co-sign; 熊小梅's in the clerk's queue;
     * a personal matter kept as a letter; one registered and withdrawn before assignment.
     */
    private void seedSubmissions(Directory directory) {
        List<Deputy> d = directory.deputies();
        List<Actor> a = directory.deputyActors();
        submissions.draft(d.get(0).id(), new Submission.Text("关于在长堎街道增设智慧健康驿站的建议",
                "一、现状\n长堎街道60岁以上老年人约1.1万人，社区卫生服务站点少，慢病随访多靠电话。\n"
                        + "二、建议\n在社区党群服务中心设置智慧健康驿站，配备自助体检设备，由社区卫生服务中心定期坐诊。",
                SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH, "区卫健委"), a.get(0));

        long inviting = submissions.draft(d.get(1).id(), new Submission.Text("关于璜溪大道增设过街天桥的建议",
                "璜溪大道望城段车流量大，学生上下学横穿马路隐患突出。建议在望城中学路口增设过街天桥或设置信号灯。",
                SubjectArea.URBAN_ENVIRONMENT, "区住建局"), a.get(1));
        submissions.invite(inviting, d.get(1).id(), d.get(0).name() + "、" + d.get(3).name(),
                submissions.defaultCutoffDay(), a.get(1));
        submissions.answerInvitation(inviting, d.get(3).id(), true, a.get(3));

        long queued = submissions.draft(d.get(2).id(), new Submission.Text("关于石岗镇农村生活污水治理的建议",
                "石岗镇部分自然村生活污水直排沟渠，夏季异味明显。建议分批建设小型污水处理设施，并明确运维责任。",
                SubjectArea.AGRICULTURE, null), a.get(2));
        submissions.submit(queued, d.get(2).id(), true, a.get(2));

        long personal = submissions.draft(d.get(4).id(), new Submission.Text("关于解决本人宅基地纠纷的建议",
                "本人与邻居宅基地界址存在争议，请有关部门协调解决。", SubjectArea.OTHER, null), a.get(4));
        submissions.submit(personal, d.get(4).id(), true, a.get(4));
        submissions.decline(personal, NonAdmissibleReason.PERSONAL_MATTER,
                "所提事项属于代表本人的个别问题，不作为代表建议办理；已转西山镇政府作为代表来信处理。", true, directory.clerk());

        long withdrawn = submissions.draft(d.get(5).id(), new Submission.Text("关于九龙大道夜间施工扰民的建议",
                "九龙大道管网改造夜间施工噪音扰民，建议合理安排施工时段。", SubjectArea.URBAN_ENVIRONMENT, null), a.get(5));
        submissions.submit(withdrawn, d.get(5).id(), true, a.get(5));
        submissions.register(withdrawn, new RegisterSubmissionCommand(directory.meeting6().id(), null,
                SubjectArea.URBAN_ENVIRONMENT), directory.clerk());
        submissions.requestWithdrawal(withdrawn, d.get(5).id(), "施工单位已调整作业时间，问题已解决。", a.get(5));
    }

    /** The standard letter with the case's answer; the reference case gets the reference letter's own text. */
    private ReplyContent contentOf(long id, HandlingUnit unit, cn.jianyi.handling.ResolutionCategory classification,
                                   String answer, DemoCases.CaseSeed seed) {
        ReplyContent template = handling.newDraftTemplate(id, unit.id());
        String body = answer == null && seed.number() == DemoCases.REFERENCE_NUMBER && seed.meeting() == 4
                ? referenceBody()
                : template.body().strip() + "\n\n" + answer + "\n\n感谢您对我们工作的关心和支持！";
        return new ReplyContent(classification, template.title(), template.salutation(), body, unit.shortName(),
                unit.phone(), unit.postcode(), template.copyTo(), Publicity.PROACTIVE);
    }

    private static String referenceBody() {
        try {
            return new ClassPathResource("demo/reference-reply-43.txt").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
