package cn.jianyi.archive;

import java.time.LocalDate;

/**
 * The reviewed values of a confirmed letter, as the clerk confirmed them: {@code body} is 人大 or 政协,
 * {@code level} one of 全国/省/市/县/区/乡镇, {@code classification} A–D, names in lists separated by 、; any may be
 * {@code null} where the letter does not state it, except the kind and the title.
 */
public record LetterFields(LetterKind kind, String issuer, String docNumber, String classification, String body,
                           String level, String congressName, Integer term, Integer meetingNumber, String itemNumber,
                           String addressees, String contactPerson, String contactPhones, LocalDate letterDate,
                           Integer letterYear, String cc, String publicity, String satisfaction, String title,
                           String replyText) {
}
