package cn.jianyi.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.archive.ArchiveImports;
import cn.jianyi.archive.ArchiveManagement;
import cn.jianyi.archive.ArchivedLetter;
import cn.jianyi.archive.ConfirmLetterCommand;
import cn.jianyi.archive.LetterFields;
import cn.jianyi.archive.LetterKind;
import cn.jianyi.archive.UploadedFile;
import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.documents.UnitSeals;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.feedback.SubmitFeedbackCommand;
import cn.jianyi.handling.CoUnitOpinions;
import cn.jianyi.handling.Commitment;
import cn.jianyi.handling.Commitments;
import cn.jianyi.handling.FollowUpCommand;
import cn.jianyi.handling.GiveOpinionCommand;
import cn.jianyi.handling.PromiseCommand;
import cn.jianyi.handling.Publicity;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyContent;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.ReplyTemplates;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.shared.Actor;
import cn.jianyi.submission.NonAdmissibleReason;
import cn.jianyi.submission.RegisterSubmissionCommand;
import cn.jianyi.submission.Submission;
import cn.jianyi.submission.SubmissionManagement;
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

    private final Meetings meetings;
    private final IdentityManagement identity;
    private final SuggestionManagement suggestions;
    private final Assignments assignments;
    private final CoUnitOpinions coUnitOpinions;
    private final Replies replies;
    private final Commitments commitments;
    private final ReplyQueries replyQueries;
    private final ReplyTemplates replyTemplates;
    private final FeedbackManagement feedback;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final UnitSeals seals;
    private final SubmissionManagement submissions;
    private final ArchiveImports archiveImports;
    private final ArchiveManagement archive;
    private final cn.jianyi.handling.DraftHandoffs handoffs;
    private final cn.jianyi.publication.Publications publications;
    private final cn.jianyi.api.ApiTokens apiTokens;
    /** {@link #PASSWORD} hashed once: every demo login has it, and a BCrypt hash takes about a tenth of a second. */
    private IdentityManagement.PasswordHash passwordHash;

    DemoData(Meetings meetings, IdentityManagement identity, SuggestionManagement suggestions,
             Assignments assignments, CoUnitOpinions coUnitOpinions, Replies replies,
             Commitments commitments, ReplyQueries replyQueries, ReplyTemplates replyTemplates,
             FeedbackManagement feedback,
             PlatformTransactionManager transactions, Clock clock, UnitSeals seals,
             SubmissionManagement submissions, ArchiveImports archiveImports, ArchiveManagement archive,
             cn.jianyi.handling.DraftHandoffs handoffs, cn.jianyi.publication.Publications publications,
             cn.jianyi.api.ApiTokens apiTokens) {
        this.publications = publications;
        this.handoffs = handoffs;
        this.apiTokens = apiTokens;
        this.archiveImports = archiveImports;
        this.archive = archive;
        this.submissions = submissions;
        this.clock = clock;
        this.seals = seals;
        this.meetings = meetings;
        this.identity = identity;
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.coUnitOpinions = coUnitOpinions;
        this.replies = replies;
        this.commitments = commitments;
        this.replyQueries = replyQueries;
        this.replyTemplates = replyTemplates;
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
        if (passwordHash == null) {
            passwordHash = identity.hash(PASSWORD);
        }
        DemoDirectory directory = transaction.execute(status -> DemoDirectory.seed(meetings, identity, passwordHash));
        int cases = transaction.execute(status -> seedCases(directory));
        transaction.executeWithoutResult(status -> seedSubmissions(directory));
        seedHistoricalLetter(directory);
        // the REST API's demo token (ADR 0058): 王晓燕's data scope, reading and registering; published like PASSWORD
        transaction.executeWithoutResult(status -> apiTokens.issueDemo("演示平台", "clerk",
                java.util.Set.of(cn.jianyi.api.ApiScope.CASES_READ, cn.jianyi.api.ApiScope.CASES_REGISTER),
                cn.jianyi.api.TokenSecret.DEMO, cn.jianyi.shared.Actor.system()));
        log.info("Demo data loaded: {} suggestions, {} units, {} deputies; demo logins use the password {}; the API's"
                        + " demo token (clerk, cases:read cases:register) is {}", cases, directory.units().size(),
                directory.deputies().size(), PASSWORD, cn.jianyi.api.TokenSecret.DEMO.value());
    }

    private int seedCases(DemoDirectory directory) {
        for (DemoCases.CaseSeed seed : DemoCases.CASES) {
            seedCase(seed, directory);
        }
        return DemoCases.CASES.size();
    }

    private void seedCase(DemoCases.CaseSeed seed, DemoDirectory directory) {
        MeetingView meeting = seed.meeting() == 4 ? directory.meeting4() : directory.meeting6();
        long id = suggestions.register(new RegisterSuggestionCommand(meeting.id(), seed.number(), seed.title(),
                seed.content(), directory.deputy(seed.leadDeputy()).id(),
                seed.coSigners().stream().map(name -> directory.deputy(name).id()).toList(), seed.category(),
                seed.receivedOn(), directory.clerk()));
        Integer joins = seed.meeting() == 6 ? DemoCases.MERGES.get(seed.number()) : null;
        if (joins != null) {
            suggestions.merge(id, joins, directory.clerk());
            return;
        }
        DemoCases.KeyItem key = seed.meeting() == 4 ? DemoCases.KEY_ITEMS.get(seed.number()) : null;
        if (key != null) {
            suggestions.designateKey(id, key.leadingOfficial(), key.supervisingCommittee(), directory.clerk());
        }
        if (seed.leadUnit() == null) {
            return;
        }
        HandlingUnit lead = directory.unit(seed.leadUnit());
        assignments.assign(new AssignCommand(id, lead.id(),
                seed.coUnits().stream().map(i -> directory.units().get(i).id()).toList(), seed.assignedOn(),
                directory.clerk()));
        Actor handler = directory.handler(seed.leadUnit());
        Actor head = directory.head(seed.leadUnit());
        Actor deputy = directory.asDeputy(seed.leadDeputy());
        long deputyId = directory.deputy(seed.leadDeputy()).id();
        if (!seed.rounds().isEmpty()) {
            for (String coUnit : seed.coUnits()) {
                coUnitOpinions.giveOpinion(new GiveOpinionCommand(id, directory.units().get(coUnit).id(),
                        "我单位同意主办单位的办理意见，将按职责配合做好相关工作。", directory.handlers().get(coUnit)));
            }
        }
        for (DemoCases.Round round : seed.rounds()) {
            ReplyContent content = contentOf(id, lead, round.classification(), round.answer(), seed);
            Reply draft = replies.saveDraft(new SaveDraftCommand(id, lead.id(), content, handler));
            if (round.classification() == ResolutionCategory.B
                    || round.classification() == ResolutionCategory.C) {
                commitments.promise(new PromiseCommand(draft.id(), lead.id(),
                        round.classification() == ResolutionCategory.B
                                ? "按答复所列计划推进，完成后再次答复代表" : "条件具备后列入年度计划，并向代表再次答复",
                        LocalDate.now(clock).plusMonths(6), handler));
            }
            replies.sign(new SignReplyCommand(draft.id(), lead.id(), round.signedOn(), head));
            if (round.satisfaction() != null) {
                feedback.submit(new SubmitFeedbackCommand(id, deputyId, round.satisfaction(), round.satisfaction(),
                        round.attitude(), round.comment(), round.givenOn(), deputy));
                if (round.satisfaction() == Satisfaction.DISSATISFIED) {
                    feedback.sendBackForRehandling(id, "请针对代表意见重新研究，面商后再次答复。", directory.clerk());
                }
            }
        }
        if (seed.draft() != null) {         // a B draft with its commitment, submitted to the head (送签)
            Reply draft = replies.saveDraft(new SaveDraftCommand(id, lead.id(),
                    contentOf(id, lead, ResolutionCategory.B, seed.draft(), seed), handler));
            commitments.promise(new PromiseCommand(draft.id(), lead.id(), "按答复所列计划推进，完成后再次答复代表",
                    LocalDate.now(clock).plusMonths(6), handler));
            handoffs.submitForSigning(draft.id(), lead.id(), handler);
        }
        if (seed.rounds().size() > 1) {       // a later round solved what an earlier one promised: 再次答复
            DemoCases.Round last = seed.rounds().get(seed.rounds().size() - 1);
            commitments.commitmentsOf(id).stream().filter(Commitment::isOpen)
                    .filter(c -> !c.replyId().equals(replyQueries.latestSigned(id).orElseThrow().id()))
                    .forEach(c -> commitments.followUp(new FollowUpCommand(c.id(), lead.id(),
                            Commitment.Status.FULFILLED, last.answer(), last.signedOn(), handler)));
        }
        if (seed.concluded()) {
            feedback.close(id, directory.clerk());
        }
        if (seed.meeting() == 4) {
            publishSignedReplies(id, seed.number() == DemoCases.REFERENCE_NUMBER, directory);
        }
    }

    /**
     * 办理结果公开 of a 2024 case: the office decided 公开 on each of its signed replies long ago, as the reference
     * letter itself was published; for the reference case the clerk first recorded the deputy's consent (ADR 0057).
     * The 2026 meeting's replies stay pending, the office's current work (one of them past its deadline).
     */
    private void publishSignedReplies(long id, boolean reference, DemoDirectory directory) {
        for (Reply reply : replyQueries.signedRepliesOf(id)) {
            long record = publications.open(reply.id()).id();
            if (reference) {
                publications.recordDeputyWish(record, cn.jianyi.publication.DeputyWish.AGREES, "征询意见表中表示同意公开",
                        cn.jianyi.identity.DataScope.all(), directory.clerk());
            }
            publications.decide(new cn.jianyi.publication.DecidePublicationCommand(record,
                    cn.jianyi.publication.DecidePublicationCommand.Outcome.PUBLISH, null, null, directory.clerk()),
                    cn.jianyi.identity.DataScope.all());
        }
    }

    /**
     * 历史复函导入: one reply letter of an earlier meeting read, reviewed and confirmed, so the archive holds a record
     * and the suggestion list a historical case (ADR 0028).
     */
    private void seedHistoricalLetter(DemoDirectory directory) {
        archiveLetter(directory, "/demo/historical-reply-2023.txt", "住建局-二届三次会议第12号建议答复.txt",
                new LetterFields(LetterKind.SUGGESTION, "南昌市新建区住房和城乡建设局", "新建提字〔2023〕9号", "B", "人大",
                        "区", "南昌市新建区人民代表大会", 2, 3, "12", "万国平", "龚琳", "83771056", LocalDate.of(2023, 6, 20),
                        2023, "区人大常委会选举任免联络办公室、区政府督查室", null, null, "关于区人大二届三次会议第12号建议的答复",
                        null), "南昌市新建区住房和城乡建设局", List.of("万国平"));
        // an earlier answer on the reference case's topic (托育): what the office finds when the topic comes back
        archiveLetter(directory, "/demo/historical-reply-2023-nursery.txt", "卫健委-二届三次会议第27号建议答复.txt",
                new LetterFields(LetterKind.SUGGESTION, "南昌市新建区卫生健康委员会", "新卫提字〔2023〕5号", "B", "人大",
                        "区", "南昌市新建区人民代表大会", 2, 3, "27", "胡丽萍", "刘敏", "83752009", LocalDate.of(2023, 6, 26),
                        2023, "区人大常委会选举任免联络办公室、区政府督查室", null, null, "关于区人大二届三次会议第27号建议的答复",
                        null), "南昌市新建区卫生健康委员会", List.of("胡丽萍"));
    }

    /** One letter file read, reviewed with these fields (the reply's text cut from the file) and confirmed. */
    private void archiveLetter(DemoDirectory directory, String resource, String fileName, LetterFields fields,
                               String signature, List<String> addressees) {
        byte[] text;
        try (var in = DemoData.class.getResourceAsStream(resource)) {
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long batch = archiveImports.importNow(List.of(new UploadedFile(fileName, text)), directory.clerk());
        var letter = archiveImports.lettersOf(batch).get(0);
        if (letter.status() != ArchivedLetter.Status.PENDING_REVIEW) {
            log.warn("The demo's historical letter {} was not read: {}", fileName, letter.error());
            return;
        }
        String reply = new String(text, StandardCharsets.UTF_8);
        String body = reply.substring(reply.indexOf("您提出的"), reply.lastIndexOf(signature)).strip();
        archive.confirm(new ConfirmLetterCommand(letter.id(), new LetterFields(fields.kind(), fields.issuer(),
                fields.docNumber(), fields.classification(), fields.body(), fields.level(), fields.congressName(),
                fields.term(), fields.meetingNumber(), fields.itemNumber(), fields.addressees(), fields.contactPerson(),
                fields.contactPhones(), fields.letterDate(), fields.letterYear(), fields.cc(), fields.publicity(),
                fields.satisfaction(), fields.title(), body), addressees, directory.clerk()));
    }

    /**
     * Online submissions in every stage: 程绮南's draft; 刘建华 invites 程绮南 to co-sign; 熊小梅's in the clerk's queue;
     * a personal matter kept as a letter; one registered and withdrawn before assignment.
     */
    private void seedSubmissions(DemoDirectory directory) {
        Deputy cheng = directory.deputy("程绮南");
        Deputy liu = directory.deputy("刘建华");
        Deputy xiong = directory.deputy("熊小梅");
        Deputy wan = directory.deputy("万国平");
        Deputy tu = directory.deputy("涂文军");
        Deputy hu = directory.deputy("胡丽萍");
        submissions.draft(cheng.id(), new Submission.Text("关于在长堎街道增设智慧健康驿站的建议",
                "一、现状\n长堎街道60岁以上老年人约1.1万人，社区卫生服务站点少，慢病随访多靠电话。\n"
                        + "二、建议\n在社区党群服务中心设置智慧健康驿站，配备自助体检设备，由社区卫生服务中心定期坐诊。",
                SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH, "区卫健委"), directory.asDeputy("程绮南"));

        long inviting = submissions.draft(liu.id(), new Submission.Text("关于璜溪大道增设过街天桥的建议",
                "璜溪大道望城段车流量大，学生上下学横穿马路隐患突出。建议在望城中学路口增设过街天桥或设置信号灯。",
                SubjectArea.URBAN_ENVIRONMENT, "区住建局"), directory.asDeputy("刘建华"));
        submissions.invite(inviting, liu.id(), List.of(cheng.id(), wan.id()), submissions.defaultCutoffDay(),
                directory.asDeputy("刘建华"));
        submissions.answerInvitation(inviting, wan.id(), true, directory.asDeputy("万国平"));

        long queued = submissions.draft(xiong.id(), new Submission.Text("关于石岗镇农村生活污水治理的建议",
                "石岗镇部分自然村生活污水直排沟渠，夏季异味明显。建议分批建设小型污水处理设施，并明确运维责任。",
                SubjectArea.AGRICULTURE, null), directory.asDeputy("熊小梅"));
        submissions.submit(queued, xiong.id(), true, directory.asDeputy("熊小梅"));

        long personal = submissions.draft(tu.id(), new Submission.Text("关于解决本人宅基地纠纷的建议",
                "本人与邻居宅基地界址存在争议，请有关部门协调解决。", SubjectArea.OTHER, null), directory.asDeputy("涂文军"));
        submissions.submit(personal, tu.id(), true, directory.asDeputy("涂文军"));
        submissions.decline(personal, NonAdmissibleReason.PERSONAL_MATTER,
                "所提事项属于代表本人的个别问题，不作为代表建议办理；已转西山镇政府作为代表来信处理。", true, directory.clerk());

        long withdrawn = submissions.draft(hu.id(), new Submission.Text("关于九龙大道夜间施工扰民的建议",
                "九龙大道管网改造夜间施工噪音扰民，建议合理安排施工时段。", SubjectArea.URBAN_ENVIRONMENT, null),
                directory.asDeputy("胡丽萍"));
        submissions.submit(withdrawn, hu.id(), true, directory.asDeputy("胡丽萍"));
        submissions.register(withdrawn, new RegisterSubmissionCommand(directory.meeting6().id(), null,
                SubjectArea.URBAN_ENVIRONMENT), directory.clerk());
        submissions.requestWithdrawal(withdrawn, hu.id(), "施工单位已调整作业时间，问题已解决。", directory.asDeputy("胡丽萍"));
    }

    /** The standard letter with the case's answer; the reference case gets the reference letter's own text. */
    private ReplyContent contentOf(long id, HandlingUnit unit, ResolutionCategory classification,
                                   String answer, DemoCases.CaseSeed seed) {
        ReplyContent template = replyTemplates.newDraftTemplate(id, unit.id());
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
