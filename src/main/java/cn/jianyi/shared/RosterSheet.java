package cn.jianyi.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A roster the office keeps in Excel (名录: units, deputies, accounts), read for an import: the first sheet's rows
 * under its header row, each as column → text with its line in the sheet; and the row-by-row error report of an
 * import that found errors. The rules of each list are its importer's.
 */
public final class RosterSheet {

    /** One row under the header: its line in the sheet (1-based) and its cells by column header. */
    public record Line(int number, Map<String, String> cells) {

        /** The cell's text, stripped; empty when the column is missing or the cell empty. */
        public String get(String column) {
            return cells.getOrDefault(column, "").strip();
        }
    }

    /** Something wrong with the file or a row: its line (0: the file as a whole), the column, and why. */
    public record Problem(int line, String column, String reasonKey, Object... args) {
    }

    /** The rows read, or the problems that kept the file from being read (then there are no rows). */
    public record Read(List<Line> lines, List<Problem> problems) {
    }

    private RosterSheet() {
    }

    /**
     * The rows under the header row (the first row naming {@code keyColumn}), blank rows left out. Problems: a file
     * that is not a workbook ({@code roster.file.unreadable}), no header row or a required column missing
     * ({@code roster.column.missing}).
     */
    public static Read read(byte[] content, String keyColumn, List<String> required) {
        var problems = new ArrayList<Problem>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            var format = new DataFormatter(Locale.CHINA);
            Map<Integer, String> header = null;
            var lines = new ArrayList<Line>();
            for (Row row : sheet) {
                Map<Integer, String> cells = new HashMap<>();
                row.forEach(cell -> cells.put(cell.getColumnIndex(), format.formatCellValue(cell).strip()));
                if (header == null) {
                    if (cells.containsValue(keyColumn)) {
                        header = cells;
                        for (String column : required) {
                            if (!header.containsValue(column)) {
                                problems.add(new Problem(row.getRowNum() + 1, column, "roster.column.missing", column));
                            }
                        }
                    }
                    continue;
                }
                if (cells.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                var values = new HashMap<String, String>();
                for (var column : header.entrySet()) {
                    values.put(column.getValue(), cells.getOrDefault(column.getKey(), ""));
                }
                lines.add(new Line(row.getRowNum() + 1, Map.copyOf(values)));
            }
            if (header == null) {
                problems.add(new Problem(0, null, "roster.column.missing", keyColumn));
            }
            return new Read(problems.isEmpty() ? List.copyOf(lines) : List.of(), List.copyOf(problems));
        } catch (IOException | RuntimeException unreadable) {
            return new Read(List.of(), List.of(new Problem(0, null, "roster.file.unreadable")));
        }
    }

    /** One line of an error report: the line in the sheet (0: the file as a whole), the column and the message. */
    public record ReportLine(int line, String column, String message) {
    }

    /** 错误报告: one row per error (行号, 列, 错误). */
    public static byte[] errorReport(List<ReportLine> errors) {
        try (var sheet = Spreadsheet.create("错误报告", List.of(new Spreadsheet.Column("行号", 8),
                new Spreadsheet.Column("列", 12), new Spreadsheet.Column("错误", 60)));
             var out = new ByteArrayOutputStream()) {
            for (ReportLine error : errors) {
                sheet.row(error.line() == 0 ? null : error.line(), error.column(), error.message());
            }
            sheet.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
