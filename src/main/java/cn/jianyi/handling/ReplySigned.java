package cn.jianyi.handling;

import java.time.LocalDate;

/** A unit head signed a reply; it has gone to the deputy. */
public record ReplySigned(long replyId, long suggestionId, long unitId, int round, String documentNumber,
                          ResolutionCategory classification, LocalDate signedOn) {
}
