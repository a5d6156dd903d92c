package cn.jianyi.casesearch;

import java.util.Set;

/** What a hit is (检索结果类别): a case found by its suggestion, its reply or a contact, a co-unit opinion, a letter. */
public enum HitKind {
    SUGGESTION(CaseDocuments.CASE, Set.of(CaseDocuments.TITLE, CaseDocuments.TEXT, CaseDocuments.META)),
    REPLY(CaseDocuments.CASE, Set.of(CaseDocuments.REPLY)),
    CONTACT(CaseDocuments.CASE, Set.of(CaseDocuments.CONTACT)),
    OPINION(CaseDocuments.OPINION, null),
    LETTER(CaseDocuments.LETTER, null);

    private final String doc;
    private final Set<String> fields;

    HitKind(String doc, Set<String> fields) {
        this.doc = doc;
        this.fields = fields;
    }

    String doc() {
        return doc;
    }

    /** The text fields the words must occur in for this kind; null: any. */
    Set<String> fields() {
        return fields;
    }

    /** The kind named by a request parameter, or null for an unknown or empty one. */
    public static HitKind parse(String name) {
        for (HitKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
