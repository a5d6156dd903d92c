package cn.jianyi.handling;

import java.time.LocalDate;

/**
 * 签发: a unit head signed a reply and it went to the deputies (ADR 0031). Published by the handling module in the
 * signing transaction, after the timeline line; inside that transaction the deputies are notified and the statistics
 * projection is updated.
 *
 * @param caseReplied whether this signature answered the case (the lead unit's reply, or under 分办 the last unit's
 *                    part); {@code false} for a 分办 part while other units still owe theirs
 */
public record ReplySigned(long replyId, long suggestionId, long unitId, int round, String documentNumber,
                          ResolutionCategory classification, LocalDate signedOn, boolean caseReplied,
                          String actorUsername) {
}
