package cn.jianyi.archive;

/** 历史复函检索: every part optional; {@code text} is looked for in the title, text, unit, number and addressees. */
public record ArchiveFilter(Long unitId, Long deputyId, Integer year, LetterKind kind, String text) {

    public ArchiveFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static ArchiveFilter none() {
        return new ArchiveFilter(null, null, null, null, null);
    }
}
