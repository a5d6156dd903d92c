package cn.jianyi.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Extracts the fields of a historical reply letter from its text, with a confidence for each; never invents a
 * value: a field the letter does not state is absent. Thread-safe, no I/O.
 * <p>
 * Rules, not a model (ADR 0027): the text is normalised for matching (full-width punctuation, traditional
 * characters, converter debris) while values are returned as the letter writes them; website furniture is never
 * taken for the letter's date or issuer, and a filled feedback form attached after the letter (附件) is read only for
 * the satisfaction it records.
 */
@Component
public class LetterParser {

    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\d*[:]?$");
    private static final Pattern FORM_HEADING = Pattern.compile(
            "^[\\p{IsHan}]{0,24}(?:征询意见表|意见反馈表|满意度测评表|测评表|反馈意见表|意见回执|回执单?)$");
    private static final Pattern CO_HANDLING = Pattern.compile("协办意见|协办情况|协办答复");
    private static final Pattern SIGNING_LEADER = Pattern.compile("^.{0,6}(?:签发|签字|签批|审签|签名)");
    /** Lines after the reply proper: contacts, copies, postcode, the closing formula, signature and attachment notes. */
    private static final Pattern REPLY_TRAILER = Pattern.compile(
            "^(?:联系|经办人|承办人|抄送|抄报|邮政编码|邮编|此致|敬礼|领导签字|签发人|附件)");

    /** A web page's separator left after the title (关于……的答复 |). */
    private static final Pattern TITLE_TAIL = Pattern.compile("[\\s|｜]+$");
    private static final List<String> REPLY = List.of("收悉", "答复", "复函", "回复", "函复");
    private static final List<String> FORM = List.of("提案人", "案由", "建议人", "领衔代表");

    public ParsedLetter parse(LetterText letter) {
        String raw = letter.text() == null ? "" : letter.text();
        Normalized text = Normalized.of(raw);
        List<Normalized> lines = text.lines();
        List<Normalized> compact = new ArrayList<>(lines.size());
        for (Normalized line : lines) {
            compact.add(line.compact());
        }
        int end = attachment(compact);
        List<Normalized> letterLines = lines.subList(0, end);
        List<Normalized> letterCompact = Furniture.blanked(compact.subList(0, end));

        Salutations.Salutation salutation = Salutations.find(letterCompact);
        int salutationLine = salutation == null ? -1 : salutation.line();
        Titles.Title title = Titles.find(letterCompact, salutationLine);

        String whole = wholeCompact(letterCompact, letterCompact.size());
        Meeting meeting = meeting(title, wholeCompact(letterCompact, opening(letterCompact, salutationLine)));
        Sessions.Session session = meeting.session();

        Extracted<LetterKind> kind = kind(title, session, salutation, whole);
        Extracted<String> body = body(session, kind, salutation);

        LetterDates.Hit signing = LetterDates.signing(letterCompact);
        Extracted<String> issuer = issuer(letterCompact, title, salutationLine, signing);

        return new ParsedLetter(letter.file(), kind, issuer,
                DocumentNumbers.find(compact.subList(0, end)),
                ClassMarks.find(letterCompact, salutationLine),
                body,
                meeting.level(),
                session == null || session.term() == null ? Extracted.absent(0.8)
                        : Extracted.of(session.term(), meeting.confidence()),
                session == null || session.meeting() == null ? Extracted.absent(0.8)
                        : Extracted.of(session.meeting(), meeting.confidence()),
                session == null || session.item() == null ? Extracted.absent(0.8)
                        : Extracted.of(session.item(), session.item().chars().allMatch(Character::isDigit)
                                ? meeting.confidence() : 0.8),
                salutation == null ? Extracted.of(List.of(), 0.7)
                        : Extracted.of(salutation.names(), salutation.person() ? 0.92 : 0.8),
                Contacts.person(letterCompact),
                Contacts.phones(letterCompact),
                signing == null ? Extracted.absent(0.8) : signing.date(),
                Copies.find(letterLines),
                Marks.publicity(compact),
                Marks.satisfaction(text.norm()),
                title == null ? Extracted.absent(0.7)
                        : Extracted.of(TITLE_TAIL.matcher(title.text().shown()).replaceFirst(""), 0.9),
                replyText(lines, letterCompact, title, salutationLine, signing));
    }

    /**
     * The reply itself: the lines after the salutation (else after the title) and before the signing unit and date
     * (else up to an attachment or the end), as written; surer when both ends were found.
     */
    private static Extracted<String> replyText(List<Normalized> lines, List<Normalized> compact, Titles.Title title,
            int salutation, LetterDates.Hit signing) {
        int from = salutation >= 0 ? salutation + 1 : title != null ? title.last() + 1 : 0;
        int to = compact.size();
        if (signing != null && signing.line() > from) {
            to = signing.line();
            while (to - 1 > from && (compact.get(to - 1).norm().isEmpty()
                    || Issuers.unitLine(compact.get(to - 1)) != null)) {
                to--;
            }
        }
        while (to - 1 >= from && (compact.get(to - 1).norm().isEmpty()
                || REPLY_TRAILER.matcher(compact.get(to - 1).norm()).find())) {
            to--;
        }
        var reply = new StringBuilder();
        if (salutation >= 0) {
            String line = lines.get(salutation).shown();
            int colon = firstColon(line);
            if (colon >= 0 && !line.substring(colon + 1).isBlank()) {
                reply.append(line.substring(colon + 1).strip()).append('\n');   // a letter flattened onto one line
            }
        }
        for (int i = from; i < to; i++) {
            reply.append(lines.get(i).shown()).append('\n');
        }
        String text = reply.toString().strip();
        if (text.isEmpty()) {
            return Extracted.absent(0.5);
        }
        return Extracted.of(text, salutation >= 0 && signing != null ? 0.9 : 0.7);
    }

    /** The meeting the letter answers for, how sure, and its level (possibly found apart from it). */
    private record Meeting(Sessions.Session session, double confidence, Extracted<String> level) {
    }

    /**
     * The meeting from the title, else from the top of the letter through its opening sentence; a level the title
     * omits (第十七届人民代表大会…) is taken from the same meeting named with its place there (州人大第十七届…).
     */
    private static Meeting meeting(Titles.Title title, String opening) {
        Sessions.Session session = title == null ? null : Sessions.find(title.text().norm());
        double confidence = 0.95;
        List<Sessions.Session> inText = Sessions.all(opening, 8);
        if (session == null && !inText.isEmpty()) {
            session = inText.get(0);
            confidence = 0.85;
        }
        if (session == null) {
            return new Meeting(null, confidence, Extracted.absent(0.8));
        }
        if (session.level() != null) {
            return new Meeting(session, confidence, Extracted.of(session.level(), confidence));
        }
        for (Sessions.Session other : inText) {
            if (other.level() != null && other.term().equals(session.term())
                    && (other.meeting() == null || other.meeting().equals(session.meeting()))
                    && (other.body() == null || other.body().equals(session.body()))) {
                return new Meeting(session, confidence, Extracted.of(other.level(), 0.8));
            }
        }
        return new Meeting(session, confidence, Extracted.absent(0.7));
    }

    private static int firstColon(String line) {
        int ascii = line.indexOf(':');
        int wide = line.indexOf('：');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    /**
     * The index of the line where an attachment starts (a line 附件 alone, or a feedback form's own heading; a line
     * 附件:…意见表 only refers to it), or the number of lines.
     */
    private static int attachment(List<Normalized> compact) {
        for (int i = 1; i < compact.size(); i++) {
            String norm = compact.get(i).norm();
            if (norm.startsWith("附件") ? ATTACHMENT.matcher(norm).matches() : FORM_HEADING.matcher(norm).matches()) {
                return i;
            }
        }
        return compact.size();
    }

    private static String wholeCompact(List<Normalized> compact, int end) {
        StringBuilder all = new StringBuilder();
        for (Normalized line : compact.subList(0, end)) {
            all.append(line.norm());
        }
        return all.toString();
    }

    /**
     * Where a meeting may be read outside the title: the top of the letter through the opening sentence after the
     * salutation (您在…会议上提出的…), not the body, which may cite other meetings.
     */
    private static int opening(List<Normalized> compact, int salutation) {
        int wanted = salutation < 0 ? 15 : 2;
        int i = Math.max(0, salutation + 1);
        if (salutation >= 0 && compact.get(salutation).norm().length() > 40) {
            return salutation + 1;
        }
        for (; i < compact.size() && wanted > 0; i++) {
            if (!compact.get(i).norm().isEmpty()) {
                wanted--;
            }
        }
        return i;
    }

    private static Extracted<LetterKind> kind(Titles.Title title, Sessions.Session session,
            Salutations.Salutation salutation, String whole) {
        String titleText = title == null ? "" : title.text().norm();
        if (CO_HANDLING.matcher(titleText).find()) {
            return Extracted.of(LetterKind.CO_HANDLING, 0.92);
        }
        boolean reply = containsAny(whole, REPLY);
        if (!reply && salutation == null) {
            return containsAny(whole, FORM) ? Extracted.of(LetterKind.OTHER, 0.8) : Extracted.absent(0.5);
        }
        if (session != null && session.body() != null) {
            return Extracted.of("人大".equals(session.body()) ? LetterKind.SUGGESTION : LetterKind.PROPOSAL, 0.92);
        }
        if (salutation != null && salutation.person()) {
            return Extracted.of("委员".equals(salutation.role()) ? LetterKind.PROPOSAL : LetterKind.SUGGESTION, 0.85);
        }
        if (titleText.contains("提案")) {
            return Extracted.of(LetterKind.PROPOSAL, 0.75);
        }
        if (titleText.contains("建议")) {
            return Extracted.of(LetterKind.SUGGESTION, 0.75);
        }
        return Extracted.absent(0.5);
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Extracted<String> body(Sessions.Session session, Extracted<LetterKind> kind,
            Salutations.Salutation salutation) {
        if (session != null && session.body() != null) {
            return Extracted.of(session.body(), 0.95);
        }
        if (kind.value() == LetterKind.SUGGESTION) {
            return Extracted.of("人大", 0.8);
        }
        if (kind.value() == LetterKind.PROPOSAL) {
            return Extracted.of("政协", 0.8);
        }
        return Extracted.absent(0.6);
    }

    private static Extracted<String> issuer(List<Normalized> compact, Titles.Title title, int salutation,
            LetterDates.Hit signing) {
        String fromSignature = null;
        if (signing != null) {
            fromSignature = signing.unit();
            int at = signing.line();
            for (int i = at - 1; fromSignature == null && i >= 0 && i >= at - 4; i--) {
                Normalized line = compact.get(i);
                if (!line.norm().isEmpty()) {
                    fromSignature = Issuers.unitLine(line);
                    if (fromSignature == null && !SIGNING_LEADER.matcher(line.norm()).find()) {
                        break;
                    }
                }
            }
        }
        String fromHeader = null;
        int top = title != null ? title.first() : salutation >= 0 ? salutation : Math.min(compact.size(), 6);
        if (signing != null) {
            top = Math.min(top, signing.line() - 1);
        }
        for (int i = 0; i < top && fromHeader == null; i++) {
            fromHeader = Issuers.unitLine(compact.get(i));
        }
        for (int i = 0; i < top && fromHeader == null; i++) {
            fromHeader = Issuers.fileHeader(compact.get(i));
        }
        String fromTitle = title == null ? null : Issuers.titlePrefix(title.text());
        if (fromSignature != null) {
            boolean agreed = fromSignature.equals(fromHeader) || fromSignature.equals(fromTitle);
            return Extracted.of(fromSignature, agreed ? 0.98 : 0.93);
        }
        if (fromHeader != null) {
            return Extracted.of(fromHeader, fromHeader.equals(fromTitle) ? 0.95 : 0.9);
        }
        if (fromTitle != null) {
            return Extracted.of(fromTitle, 0.9);
        }
        return Extracted.absent(0.75);
    }
}
