package cn.jianyi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.Publicity;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.identity.Role;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.Suggestion;

/** Every label the UI shows comes from the bundle: enum constants and every key the code and templates use. */
class MessagesTests {

    private static Properties messages() throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(MessagesTests.class.getResourceAsStream("/messages.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void everyEnumConstantShownHasAChineseLabel() throws IOException {
        Properties messages = messages();
        List<Enum<?>[]> enums = List.of(Suggestion.Status.values(), Reply.Status.values(), HandlingRole.values(),
                SubjectArea.values(), ResolutionCategory.values(), Publicity.values(), Satisfaction.values(),
                CaseAction.values(), Role.values(), cn.jianyi.calendar.WindowUnit.values(),
                cn.jianyi.calendar.CalendarDay.Kind.values(), cn.jianyi.handling.ContactKind.values(),
                cn.jianyi.assignment.Assignment.Status.values(), cn.jianyi.assignment.RequestOutcome.values(),
                cn.jianyi.documents.MeetingExport.Status.values(), cn.jianyi.documents.LetterFormat.values(),
                cn.jianyi.feedback.FlagKind.values(), cn.jianyi.feedback.FeedbackChannel.values(),
                cn.jianyi.submission.Submission.Status.values(), cn.jianyi.submission.Invitation.Status.values(),
                cn.jianyi.submission.SubmissionAction.values(), cn.jianyi.submission.NonAdmissibleReason.values(),
                cn.jianyi.notification.NoticeKind.values(), cn.jianyi.notification.DeliveryChannel.values(),
                cn.jianyi.notification.DeliveryStatus.values(), cn.jianyi.supervision.DeadlineState.values(),
                cn.jianyi.supervision.TaskDeadline.Kind.values(), cn.jianyi.statistics.Figure.values(),
                cn.jianyi.archive.LetterKind.values(), cn.jianyi.archive.ArchivedLetter.Status.values(),
                cn.jianyi.archive.ImportBatch.Status.values(), cn.jianyi.audit.AuditKind.values(),
                cn.jianyi.audit.AuditOutcome.values());
        for (Enum<?>[] constants : enums) {
            for (Enum<?> constant : constants) {
                Class<?> type = constant.getDeclaringClass();
                String prefix = type.getEnclosingClass() == null ? type.getSimpleName()
                        : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
                assertThat(messages.getProperty(prefix + "." + constant.name())).as(prefix + "." + constant.name())
                        .isNotBlank();
            }
        }
    }

    @Test
    void everyKeyUsedInCodeAndTemplatesExists() throws IOException {
        Properties messages = messages();
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");
        Pattern codeKey = Pattern.compile("\"((?:suggestion|assignment|handling|feedback|reply|register|assign|close|"
                + "login|home|list|case|form|error|validation|documents|export|notification|identity|submission|portal|"
                + "supervision|deadlines|statistics|assessment|archive)\\.[a-zA-Z.]+)\"");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates")),
                Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                Matcher m = (file.toString().endsWith(".html") ? templateKey : codeKey).matcher(text);
                while (m.find()) {
                    if (text.startsWith("onField(", Math.max(0, m.start() - "onField(".length()))) {
                        continue;       // a form field's path (feedback.amount), not a message key
                    }
                    assertThat(messages.getProperty(m.group(1))).as(m.group(1) + " used in " + file).isNotNull();
                }
            }
        }
    }

    @Test
    void everyFlashMessageKeyExists() throws IOException {
        Properties messages = messages();
        Pattern flash = Pattern.compile("Flash\\.show\\(redirect,([^;]*)\\);");
        Pattern key = Pattern.compile("\"([a-zA-Z0-9.]+)\"");
        int keys = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher call = flash.matcher(Files.readString(file));
                while (call.find()) {
                    Matcher k = key.matcher(call.group(1));
                    while (k.find()) {
                        assertThat(messages.getProperty(k.group(1))).as(k.group(1) + " shown by " + file).isNotNull();
                        keys++;
                    }
                }
            }
        }
        assertThat(keys).as("flash keys found in the controllers").isGreaterThan(20);
    }

    @Test
    void everySubmissionActionThatNotifiesHasItsTexts() throws IOException {
        Properties messages = messages();
        for (cn.jianyi.submission.SubmissionAction action : cn.jianyi.submission.SubmissionAction.values()) {
            if (action == cn.jianyi.submission.SubmissionAction.DRAFT
                    || action == cn.jianyi.submission.SubmissionAction.RECALL) {
                continue;                                   // nobody else is concerned
            }
            for (String part : List.of("title", "body")) {
                String key = "notification.submission." + action.name() + "." + part;
                assertThat(messages.getProperty(key)).as(key).isNotBlank();
            }
        }
    }
}
