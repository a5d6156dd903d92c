package cn.jianyi.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * One data row of a 交办清单 as read, each value as the sheet had it (text, trimmed; {@code null} when empty).
 *
 * @param line the row's number as Excel shows it (1-based)
 */
record ListRow(int line, String number, String title, String lead, List<String> coSigners, String category,
               String leadUnit, List<String> coUnits, String content, LocalDate receivedOn, String receivedOnText) {
}
