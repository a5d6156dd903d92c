package cn.jianyi.documents;

import java.util.Collections;
import java.util.List;

import cn.jianyi.demo.DemoReference;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.ReplyQueries;

/**
 * The demo's reference reply letter (No. 43, the reference document) and the letters the document tests make from
 * it: a draft, another body (some 30 pages with a rare character the fallback face draws), another issuing unit.
 */
final class ReferenceLetters {

    private ReferenceLetters() {
    }

    /** The reference case's signed reply letter, as the application builds it. */
    static ReplyLetter reference(DemoReference demo, ReplyQueries replies, ReplyLetters letters) {
        return letters.of(replies.latestSigned(demo.suggestionId().orElseThrow()).orElseThrow());
    }

    /** The same letter with another body. */
    static ReplyLetter withBody(ReplyLetter letter, List<ReplyLetter.Paragraph> body) {
        return new ReplyLetter(letter.replyId(), letter.unitFullName(), letter.documentNumber(),
                letter.classification(), letter.title(), letter.salutation(), body, letter.signedOn(),
                letter.copyTo(), letter.contactUnit(), letter.contactPhone(), letter.postcode(), letter.form());
    }

    /** The same letter issued by another unit. */
    static ReplyLetter withUnit(ReplyLetter letter, String unitFullName) {
        return new ReplyLetter(letter.replyId(), unitFullName, letter.documentNumber(), letter.classification(),
                letter.title(), letter.salutation(), letter.paragraphs(), letter.signedOn(), letter.copyTo(),
                letter.contactUnit(), letter.contactPhone(), letter.postcode(), letter.form());
    }

    /** The same letter as a draft: no document number, no date. */
    static ReplyLetter asDraft(ReplyLetter letter) {
        return new ReplyLetter(letter.replyId(), letter.unitFullName(), null, letter.classification(),
                letter.title(), letter.salutation(), letter.paragraphs(), null, letter.copyTo(),
                letter.contactUnit(), letter.contactPhone(), letter.postcode(), letter.form());
    }

    /** Some 30 pages: 24 paragraphs of 40 sentences, each paragraph opening with {@code rare} three times. */
    static List<ReplyLetter.Paragraph> longBody(String rare) {
        var paragraph = new ReplyLetter.Paragraph(ReplyLetter.Paragraph.Kind.TEXT,
                rare.repeat(3) + "为全面贯彻落实建议，我委逐项研究办理。".repeat(40));
        return Collections.nCopies(24, paragraph);
    }
}
