package cn.jianyi.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of an Excel workbook (.xlsx) as clerks expect it: Chinese column headers in bold on a shaded first row
 * that stays in view and carries the filter buttons, columns wide enough for Chinese text, dates as dates. Rows are
 * streamed to a temporary file as they come (POI's SXSSF), so a list of 100,000 cases does not sit in memory.
 * <pre>{@code
 * try (var sheet = Spreadsheet.create("建议列表", List.of(new Column("建议号", 8), new Column("标题", 40)))) {
 *     sheet.row(43, "关于健全生育服务保障机制的建议");
 *     sheet.writeTo(out);
 * }
 * }</pre>
 */
public final class Spreadsheet implements AutoCloseable {

    /** MIME type of an .xlsx file. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A column: its header and its width in characters (a Chinese character counts as two). */
    public record Column(String header, int width) {
    }

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final int columns;
    private int next;

    private Spreadsheet(String sheetName, List<Column> columns) {
        this.workbook = new SXSSFWorkbook(200);
        this.sheet = workbook.createSheet(sheetName);
        this.columns = columns.size();
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    public static Spreadsheet create(String sheetName, List<Column> columns) {
        return new Spreadsheet(sheetName, columns);
    }

    /**
     * Adds a row: numbers as numbers, dates as dates, {@code null} as an empty cell, anything else as its text.
     */
    public void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** Writes the workbook, with the filter buttons over the header and the data. */
    public void writeTo(OutputStream out) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns - 1));
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary file the rows were streamed to. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
