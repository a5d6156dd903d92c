package cn.jianyi.intake;

/**
 * Why a row (or the sheet) cannot be imported.
 *
 * @param line   the Excel row number, 0 for the sheet as a whole
 * @param column the column header concerned, or {@code null}
 */
public record RowError(int line, String number, String column, String message) {
}
