package cn.jianyi.archive;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.mime.MediaType;

/** A PDF's text layer, in reading order; an encrypted PDF or a scan without a text layer is refused. */
final class PdfText implements FormatReader {

    private static final MediaType PDF = MediaType.application("pdf");

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public boolean reads(MediaType type) {
        return type.equals(PDF);
    }

    @Override
    public String text(byte[] content, String file) throws IOException, UnreadableLetter {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableLetter("PDF 已加密，无法读取（不允许提取文字）");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            String text = stripper.getText(document);
            if (text.codePoints().filter(Character::isLetterOrDigit).count() < LetterReader.MIN_TEXT
                    && document.getNumberOfPages() > 0) {
                throw new UnreadableLetter("扫描件无文字层，请先识别文字（OCR）后再上传");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableLetter("PDF 已加密，无法读取", e);
        }
    }
}
