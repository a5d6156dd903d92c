package cn.jianyi.insight;

import cn.jianyi.archive.ParsedLetter;

/** A historical letter as a candidate to rank: its own title, then its reply (the whole text if none was found). */
public final class LetterCandidates {

    private LetterCandidates() {
    }

    public static Candidate of(String id, ParsedLetter parsed, String text) {
        String title = parsed.title().value();
        String reply = parsed.replyText().value();
        return new Candidate(id, title, text);
    }
}
