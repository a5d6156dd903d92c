package cn.jianyi.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the office's 交办清单 from an .xlsx (or .xls) file: the first sheet; the header row is the first of the top
 * ten rows that names a title column (a caption row above it is allowed); columns are found by their header, in any
 * order, under the names offices use (建议号/编号, 标题/案由, 领衔代表/提出人, 联名代表, 类别, 主办单位/承办单位, 协办单位/会办单位,
 * 内容, 收到日期); data rows run until the first empty row.
 */
final class AssignmentListSheet {

    /** The columns, each with the headers it is known by; the first name is the one messages use. */
    enum Col {
        NUMBER(true, "建议号", "建议编号", "编号"),
        TITLE(true, "标题", "建议标题", "案由", "题目"),
        LEAD(true, "领衔代表", "领衔人", "提出人", "代表"),
        CO_SIGNERS(false, "联名代表", "附议代表", "联名人"),
        CATEGORY(false, "类别", "专业类别"),
        LEAD_UNIT(false, "主办单位", "承办单位"),
        CO_UNITS(false, "协办单位", "会办单位"),
        CONTENT(false, "内容", "建议内容"),
        RECEIVED_ON(false, "收到日期", "提出日期");

        final boolean required;
        final List<String> names;

        Col(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        String label() {
            return names.get(0);
        }
    }

    /** The rows read, or why the sheet cannot be read at all. */
    record Parsed(List<ListRow> rows, List<RowError> errors) {
    }

    static final int MAX_ROWS = 5000;
    private static final int HEADER_SEARCH = 10;
    private static final String SEPARATORS = "[、，,;；\\s]+";

    private AssignmentListSheet() {
    }

    static Parsed read(byte[] content) {
        if (content.length == 0) {
            return failed("intake.file.empty");
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return failed("intake.file.noSheet");
            }
            return read(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            return failed("intake.file.unreadable");
        }
    }

    private static Parsed failed(String key) {
        return new Parsed(List.of(), List.of(new RowError(0, null, null, key)));
    }

    private static Parsed read(Sheet sheet) {
        var formatter = new DataFormatter(java.util.Locale.CHINA);
        Map<Col, Integer> columns = null;
        int headerIndex = -1;
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH); r++) {
            Map<Col, Integer> found = headers(sheet.getRow(r), formatter);
            if (found.containsKey(Col.TITLE)) {
                columns = found;
                headerIndex = r;
                break;
            }
        }
        if (columns == null) {
            return new Parsed(List.of(), List.of(new RowError(0, null, null, "intake.header.notFound")));
        }
        var errors = new ArrayList<RowError>();
        for (Col col : Col.values()) {
            if (col.required && !columns.containsKey(col)) {
                errors.add(new RowError(headerIndex + 1, null, col.label(), "intake.header.missing"));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        var rows = new ArrayList<ListRow>();
        for (int r = headerIndex + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<Col, String> values = new LinkedHashMap<>();
            for (var entry : columns.entrySet()) {
                values.put(entry.getKey(), text(row == null ? null : row.getCell(entry.getValue()), formatter));
            }
            if (values.values().stream().allMatch(v -> v == null)) {
                break;
            }
            if (rows.size() == MAX_ROWS) {
                return new Parsed(List.of(), List.of(new RowError(r + 1, null, null, "intake.file.tooManyRows")));
            }
            Cell receivedCell = row == null || !columns.containsKey(Col.RECEIVED_ON) ? null
                    : row.getCell(columns.get(Col.RECEIVED_ON));
            rows.add(new ListRow(r + 1, values.get(Col.NUMBER), values.get(Col.TITLE), values.get(Col.LEAD),
                    names(values.get(Col.CO_SIGNERS)), values.get(Col.CATEGORY), values.get(Col.LEAD_UNIT),
                    names(values.get(Col.CO_UNITS)), values.get(Col.CONTENT), date(receivedCell),
                    values.get(Col.RECEIVED_ON)));
        }
        return new Parsed(List.copyOf(rows), List.of());
    }

    private static Map<Col, Integer> headers(Row row, DataFormatter formatter) {
        var found = new LinkedHashMap<Col, Integer>();
        if (row == null) {
            return found;
        }
        for (Cell cell : row) {
            String header = text(cell, formatter);
            if (header == null) {
                continue;
            }
            String name = header.replaceAll("\\s", "");
            for (Col col : Col.values()) {
                if (col.names.contains(name) && !found.containsKey(col)) {
                    found.put(col, cell.getColumnIndex());
                }
            }
        }
        return found;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        String value = cell.getCellType() == CellType.FORMULA ? formatter.formatCellValue(cell,
                cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator())
                : formatter.formatCellValue(cell);
        value = value == null ? null : value.strip();
        return value == null || value.isEmpty() ? null : value;
    }

    private static List<String> names(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(SEPARATORS)).filter(s -> !s.isBlank()).toList();
    }

    /** A date cell as a date; a text cell in ISO form (2024-01-12) or 2024年1月12日 / 2024/1/12 / 2024.1.12. */
    private static LocalDate date(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        if (cell.getCellType() != CellType.STRING) {
            return null;
        }
        String[] parts = cell.getStringCellValue().strip().split("[-/.年月日]");
        try {
            if (parts.length >= 3) {
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
