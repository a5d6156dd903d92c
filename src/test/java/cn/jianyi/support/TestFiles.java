package cn.jianyi.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Small real files of each kind an attachment may be, and some that it may not, made in memory. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF carrying {@code text}, padded with a comment to {@code size} bytes if that is larger. */
    public static byte[] pdf(String text, int size) {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                + "% " + text + "\n";
        String end = "trailer << /Root 1 0 R >>\n%%EOF\n";
        byte[] head = body.getBytes(StandardCharsets.UTF_8);
        byte[] tail = end.getBytes(StandardCharsets.US_ASCII);
        int padding = Math.max(0, size - head.length - tail.length);
        byte[] pdf = new byte[head.length + padding + tail.length];
        System.arraycopy(head, 0, pdf, 0, head.length);
        Arrays.fill(pdf, head.length, head.length + padding, (byte) ' ');
        System.arraycopy(tail, 0, pdf, head.length + padding, tail.length);
        return pdf;
    }

    public static byte[] pdf(String text) {
        return pdf(text, 0);
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    /** A Word document's package: content types, the main document part. */
    public static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    /** A spreadsheet's package. */
    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    /** An OFD (版式文档) package: OFD.xml at the root. */
    public static byte[] ofd() {
        return zip("OFD.xml", "Doc_0/Document.xml");
    }

    /** A ZIP archive with the named entries, each a little XML. */
    public static byte[] zip(String... entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows program. */
    public static byte[] exe() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 8, 8);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A 交办清单 as offices make it: a caption row, then the header, then the rows (numbers as numbers, text as text,
     * {@code null} as an empty cell).
     */
    public static byte[] assignmentList(java.util.List<String> header, java.util.List<java.util.List<Object>> rows) {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("交办清单");
            sheet.createRow(0).createCell(0).setCellValue("区人大代表建议交办清单");
            var head = sheet.createRow(1);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 2);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    Object value = rows.get(r).get(i);
                    if (value instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
