package cn.jianyi.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.jianyi.handling.ReplyLetter;

/** 目录.xlsx of a meeting ZIP: one row per reply, in the order of the files. */
final class ExportIndex {

    static final List<String> HEADINGS = List.of("建议号", "建议标题", "答复轮次", "承办单位", "文号", "分类", "签发日期",
            "文件名");
    private static final int[] WIDTHS = {8, 40, 10, 30, 22, 8, 16, 44};

    private ExportIndex() {
    }

    static byte[] of(List<MeetingExports.Entry> entries) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("目录");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(HEADINGS.get(c));
                cell.setCellStyle(heading);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (MeetingExports.Entry entry : entries) {
                ReplyLetter letter = entry.letter();
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(letter.form().suggestionNumber());
                row.createCell(1).setCellValue(letter.form().suggestionTitle());
                row.createCell(2).setCellValue(entry.reply().round());
                row.createCell(3).setCellValue(letter.unitFullName());
                row.createCell(4).setCellValue(letter.documentNumber());
                row.createCell(5).setCellValue(letter.classification() == null ? "" : letter.classification());
                row.createCell(6).setCellValue(letter.signedOnText());
                row.createCell(7).setCellValue(entry.name());
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
