package cn.jianyi.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdSealCheck;
import cn.jianyi.handling.ReplyLetter;

/** A reply letter in every format at once: the PDF is laid out once and the OFD drawn from it. */
@Component
public class ReplyDocuments {

    /** The formats a reply letter is produced in, with their file suffixes. */
    public enum Format {
        PDF(".pdf"), DOCX(".docx"), OFD(".ofd");

        private final String suffix;

        Format(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    private final PdfLetterRenderer pdf;
    private final DocxLetterRenderer docx;
    private final OfdLetterRenderer ofd;
    private final OfdEngine engine;

    ReplyDocuments(PdfLetterRenderer pdf, DocxLetterRenderer docx, OfdLetterRenderer ofd, OfdEngine engine) {
        this.pdf = pdf;
        this.docx = docx;
        this.ofd = ofd;
        this.engine = engine;
    }

    /** The letter in each format. */
    public Map<Format, byte[]> renderAll(ReplyLetter letter) {
        Map<Format, byte[]> files = new EnumMap<>(Format.class);
        byte[] pdfBytes = pdf.render(letter);
        files.put(Format.PDF, pdfBytes);
        files.put(Format.DOCX, docx.render(letter));
        files.put(Format.OFD, ofd.render(letter, pdfBytes));
        return files;
    }

    /** In words, whether the OFD file carries a seal and whether it verifies (for the command line). */
    public String sealStatus(Path ofdFile) {
        try {
            OfdSealCheck check = engine.verify(Files.readAllBytes(ofdFile));
            if (!check.signed()) {
                return "OFD 未加盖电子印章";
            }
            return check.valid() ? "OFD 已加盖「" + check.sealName() + "」电子印章，验章通过"
                    : "OFD 验章失败：" + check.message();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the letter as {@code baseName.pdf}, {@code .docx} and {@code .ofd} into the directory. */
    public Map<Format, Path> write(ReplyLetter letter, Path dir, String baseName) {
        try {
            Files.createDirectories(dir);
            Map<Format, Path> written = new EnumMap<>(Format.class);
            for (var file : renderAll(letter).entrySet()) {
                Path target = dir.resolve(baseName + file.getKey().suffix());
                Files.write(target, file.getValue());
                written.put(file.getKey(), target);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
