package cn.jianyi.archive;

import java.time.LocalDate;

/** One confirmed letter in the archive list. */
public record ArchiveEntry(long id, LetterKind kind, String title, String issuer, String docNumber,
                           String classification, String addressees, LocalDate letterDate, Integer letterYear,
                           Long suggestionId) {
}
