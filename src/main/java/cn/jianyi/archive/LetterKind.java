package cn.jianyi.archive;

/** What a historical letter answers; {@link #code()} is the value written in {@code labels.jsonl}. */
public enum LetterKind {
    /** A deputy's suggestion (建议), People's Congress. */
    SUGGESTION("suggestion", "代表建议答复"),
    /** A CPPCC member's proposal (提案). */
    PROPOSAL("proposal", "政协提案答复"),
    /** A co-unit's opinion to the lead unit (协办意见). */
    CO_HANDLING("co-handling", "协办意见"),
    /** Anything else, e.g. a blank proposal form. */
    OTHER("other", "其他");

    private final String code;
    private final String label;

    LetterKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
