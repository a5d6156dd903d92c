package cn.jianyi.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/** 联系代表记录: units on the case log their contacts with the deputy, before, during and after handling. */
@IntegrationTest
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class ContactLogTests {

    private TestWorld world;

    @org.junit.jupiter.api.BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    @Autowired ApplicationContext context;
    @Autowired ContactLog contactLog;
    @Autowired FeedbackManagement feedback;
    @Autowired SuggestionQueries queries;

    @Test
    @DisplayName("主办和协办单位记录面商、电话；记入流转记录")
    void unitsOnTheCaseRecordContacts() {
        long id = world.assigned(1);
        contactLog.recordContact(new RecordContactCommand(id, world.health.id(), ContactKind.FACE_TO_FACE,
                LocalDate.of(2024, 3, 20), "程绮南代表、熊伟", "办前面商办理方案", world.handler));
        contactLog.recordContact(new RecordContactCommand(id, world.education.id(), ContactKind.PHONE,
                LocalDate.of(2024, 3, 12), "程绮南代表、邹静", "协办单位电话沟通学位情况", world.handler2));
        world.signed(world.drafted(id), LocalDate.of(2024, 6, 20));
        contactLog.recordContact(new RecordContactCommand(id, world.health.id(), ContactKind.SITE_VISIT,
                LocalDate.of(2024, 6, 25), "程绮南代表", "办后实地查看托育机构", world.head));

        assertThat(contactLog.contactsOf(id)).extracting(ContactRecord::kind)
                .containsExactly(ContactKind.PHONE, ContactKind.FACE_TO_FACE, ContactKind.SITE_VISIT);
        assertThat(queries.details(id, DataScope.all()).timeline()).filteredOn(e -> e.action() == CaseAction.CONTACT_DEPUTY)
                .extracting(TimelineEntry::actorUsername).containsExactly("handler", "handler2", "head");
    }

    @Test
    @DisplayName("其他单位、未交办或已办结的案卷、未来日期、早于交办日：拒绝且不记录")
    void refusesContactsOutsideTheUnitsOwnOpenCases() {
        long registered = world.registered(10);
        long leadOnly = world.registered(11);
        new cn.jianyi.support.TestWorldAssignments(context).leadOnly(world, leadOnly);
        long closed = world.replied(12);
        world.rated(closed, Satisfaction.SATISFIED, null);
        feedback.close(closed, world.clerk);

        assertRefused(new RecordContactCommand(leadOnly, world.education.id(), ContactKind.PHONE,
                LocalDate.of(2024, 3, 20), "x", "x", world.handler2), "handling.contact.notOnCase");
        assertRefused(new RecordContactCommand(registered, world.health.id(), ContactKind.PHONE,
                LocalDate.of(2024, 3, 20), "x", "x", world.handler), "handling.contact.notOnCase");
        assertRefused(new RecordContactCommand(closed, world.health.id(), ContactKind.PHONE,
                LocalDate.of(2024, 7, 20), "x", "x", world.handler), "handling.contact.caseNotOpen");
        assertRefused(new RecordContactCommand(leadOnly, world.health.id(), ContactKind.PHONE,
                LocalDate.now().plusDays(3), "x", "x", world.handler), "handling.contact.inFuture");
        assertRefused(new RecordContactCommand(leadOnly, world.health.id(), ContactKind.PHONE,
                LocalDate.of(2024, 3, 1), "x", "x", world.handler), "handling.contact.beforeAssignment");
        assertThat(contactLog.contactsOf(leadOnly)).isEmpty();
        assertThat(contactLog.contactsOf(closed)).isEmpty();
    }

    @Test
    @DisplayName("附件与联系记录同一事务：任一附件不合格则都不保存；合格的附件记下类型、大小和SHA-256")
    void attachmentsAreSavedWithTheRecordOrNotAtAll() {
        long id = world.assigned(20);
        byte[] pdf = cn.jianyi.support.TestFiles.pdf("签字的纪要");
        assertRefused(new RecordContactCommand(id, world.health.id(), ContactKind.FACE_TO_FACE, LocalDate.of(2024, 3, 20),
                "程绮南代表", "面商", world.handler, java.util.List.of(new AttachmentUpload("纪要.pdf", pdf),
                        new AttachmentUpload("网页.pdf", cn.jianyi.support.TestFiles.html()))),
                "handling.attachment.type");
        assertThat(contactLog.contactsOf(id)).isEmpty();
        assertThat(contactLog.attachmentsOf(id)).isEmpty();

        ContactRecord record = contactLog.recordContact(new RecordContactCommand(id, world.health.id(),
                ContactKind.FACE_TO_FACE, LocalDate.of(2024, 3, 20), "程绮南代表", "面商", world.handler,
                java.util.List.of(new AttachmentUpload("纪要.pdf", pdf))));
        assertThat(contactLog.attachmentsOf(id).get(record.id())).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("纪要.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
            assertThat(a.sizeBytes()).isEqualTo(pdf.length);
            assertThat(a.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(sha256(pdf)));
        });
        ContactAttachmentFile file = contactLog.attachmentFile(contactLog.attachmentsOf(id).get(record.id()).get(0).id(),
                DataScope.all());
        assertThat(file.content()).isEqualTo(pdf);
        assertThat(file.suggestionId()).isEqualTo(id);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(RecordContactCommand command, String key) {
        assertThatThrownBy(() -> contactLog.recordContact(command))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.reasonKey()).isEqualTo(key));
    }
}
