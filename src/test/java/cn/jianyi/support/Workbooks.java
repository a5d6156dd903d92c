package cn.jianyi.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads back an exported .xlsx as values: every sheet by name, every row as its cells up to the header's width —
 * whole numbers as {@code Long}, other numbers as {@code BigDecimal} (as Excel shows them), dates as
 * {@code LocalDate}, date-times as {@code LocalDateTime}, text as {@code String}, empty cells as {@code null}.
 */
public final class Workbooks {

    private Workbooks() {
    }

    public static Map<String, List<List<Object>>> read(byte[] xlsx) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = new LinkedHashMap<String, List<List<Object>>>();
            for (Sheet sheet : workbook) {
                var rows = new ArrayList<List<Object>>();
                int width = sheet.getRow(0) == null ? 0 : sheet.getRow(0).getLastCellNum();
                for (Row row : sheet) {
                    var values = new ArrayList<Object>();
                    for (int i = 0; i < width; i++) {
                        values.add(value(row.getCell(i)));
                    }
                    rows.add(values);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                var time = cell.getLocalDateTimeCellValue();
                return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        && !cell.getCellStyle().getDataFormatString().contains("h") ? time.toLocalDate() : time;
            }
            BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            return number.scale() <= 0 ? (Object) number.longValueExact() : number;
        }
        return cell.getStringCellValue();
    }
}
