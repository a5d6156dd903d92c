package cn.jianyi.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
 * An Excel workbook (.xlsx) as clerks expect it: on every sheet, Chinese column headers in bold on a shaded first row
 * that stays in view and carries the filter buttons, columns wide enough for Chinese text, dates as dates. Rows are
 * streamed to a temporary file as they come (POI's SXSSF), so a list of 100,000 cases does not sit in memory. Rows go
 * to the sheet started last; {@link #sheet} starts another.
 * <pre>{@code
 * try (var book = Spreadsheet.create("建议列表", List.of(new Column("建议号", 8), new Column("标题", 40)))) {
 *     book.row(43, "关于健全生育服务保障机制的建议");
 *     book.sheet("说明", List.of(new Column("项目", 12), new Column("内容", 40)));
 *     book.row("筛选条件", "全部");
 *     book.writeTo(out);
 * }
 * }</pre>
 */
public final class Spreadsheet implements AutoCloseable {

    /** MIME type of an .xlsx file. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A column: its header and its width in characters (a Chinese character counts as two). */
    public record Column(String header, int width) {
    }

    /** A sheet being written: its columns and the index of its next row. */
    private static final class Page {
        final SXSSFSheet sheet;
        final int columns;
        int next;

        Page(SXSSFSheet sheet, int columns) {
            this.sheet = sheet;
            this.columns = columns;
        }
    }

    private final SXSSFWorkbook workbook;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle timeStyle;
    private final List<Page> pages = new ArrayList<>();
    private Page page;

    private Spreadsheet() {
        this.workbook = new SXSSFWorkbook(200);
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        timeStyle = workbook.createCellStyle();
        timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }

    /** A workbook with its first sheet started. */
    public static Spreadsheet create(String sheetName, List<Column> columns) {
        Spreadsheet spreadsheet = new Spreadsheet();
        spreadsheet.sheet(sheetName, columns);
        return spreadsheet;
    }

    /** Starts another sheet (its header row written); the rows that follow go to it. */
    public Spreadsheet sheet(String sheetName, List<Column> columns) {
        page = new Page(workbook.createSheet(sheetName), columns.size());
        pages.add(page);
        Row row = page.sheet.createRow(page.next++);
        for (int i = 0; i < columns.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(headerStyle);
            page.sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        page.sheet.createFreezePane(0, 1);
        return this;
    }

    /**
     * Adds a row to the current sheet: numbers as numbers, dates and times (local, as the page shows them) as such, {@code null} as an empty cell, anything
     * else as its text.
     */
    public void row(Object... values) {
        if (values.length != page.columns) {
            throw new IllegalArgumentException("expected " + page.columns + " values, got " + values.length);
        }
        Row row = page.sheet.createRow(page.next++);
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
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(timeStyle);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** Writes the workbook, with the filter buttons over each sheet's header and data. */
    public void writeTo(OutputStream out) {
        for (Page each : pages) {
            each.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, each.next - 1), 0, each.columns - 1));
        }
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary files the rows were streamed to. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
