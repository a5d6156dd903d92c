package cn.jianyi.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import cn.jianyi.shared.Spreadsheet;
import jakarta.servlet.http.HttpServletResponse;

/** Sends a file the browser saves under a Chinese name (RFC 6266 with UTF-8, {@code filename*}). */
public final class Downloads {

    private Downloads() {
    }

    /** The attachment header for {@code fileName}. */
    public static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    /** Writes the workbook as {@code fileName}.xlsx. */
    public static void xlsx(HttpServletResponse response, String fileName, Spreadsheet workbook) throws IOException {
        response.setContentType(Spreadsheet.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName + ".xlsx"));
        workbook.writeTo(response.getOutputStream());
    }
}
