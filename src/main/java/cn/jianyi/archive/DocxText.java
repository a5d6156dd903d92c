package cn.jianyi.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.tika.mime.MediaType;

/**
 * A Word (.docx) file's text. Every ZIP comes here, so that an OFD, an OpenDocument file, another Office package or a
 * plain ZIP archive given as one letter is refused with its name.
 */
final class DocxText implements FormatReader {

    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public boolean reads(MediaType type) {
        return type.equals(ZIP) || LetterReader.isA(type, OOXML);
    }

    /** Paragraphs as lines, a table row as a line of its cells apart by tabs; POI guards against ZIP bombs. */
    @Override
    public String text(byte[] content, String file) throws IOException, UnreadableLetter {
        refuseOtherPackages(content);
        OPCPackage pack;
        try (InputStream in = new ByteArrayInputStream(content)) {
            pack = OPCPackage.open(in);
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            throw new UnreadableLetter("Word 文件已损坏，无法读取", e);
        }
        try (pack) {
            var main = pack.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            String mainType = main.isEmpty() ? "" : main.get(0).getContentType();
            if (!mainType.contains("wordprocessingml")) {
                throw new UnreadableLetter("不支持的文件格式（" + (mainType.isEmpty() ? LetterReader.detect(content, file)
                        : officeType(main.get(0))) + "）：只读 Word（.docx）文件");
            }
            try (XWPFDocument document = new XWPFDocument(pack)) {
                StringBuilder text = new StringBuilder();
                for (IBodyElement element : document.getBodyElements()) {
                    append(element, text);
                }
                return text.toString();
            }
        }
    }

    /**
     * Refuses a ZIP that is no Office package, by the names in its central directory (nothing is decompressed): an
     * OFD document, an OpenDocument file, or a plain ZIP archive given as one letter.
     */
    private static void refuseOtherPackages(byte[] content) throws UnreadableLetter {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                return;
            }
            if (zip.getEntry("OFD.xml") != null) {
                throw new UnreadableLetter("不支持的文件格式（OFD 版式文件）：请另存为 PDF 后再上传");
            }
            if (zip.getEntry("mimetype") != null && zip.getEntry("content.xml") != null) {
                throw new UnreadableLetter("不支持的文件格式（OpenDocument 文件）：请另存为 .docx 后再上传");
            }
            throw new UnreadableLetter("这是 ZIP 压缩包，不是单个文件：请上传其中的文件，或以 .zip 批量上传");
        } catch (IOException e) {
            throw new UnreadableLetter("压缩文件已损坏，无法读取", e);
        }
    }

    private static String officeType(PackagePart part) {
        String type = part.getContentType();
        if (type.contains("spreadsheetml")) {
            return "Excel 工作簿";
        }
        if (type.contains("presentationml")) {
            return "PowerPoint 演示文稿";
        }
        return type;
    }

    private static void append(IBodyElement element, StringBuilder text) {
        if (element instanceof XWPFParagraph paragraph) {
            text.append(paragraph.getText()).append('\n');
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                boolean first = true;
                for (XWPFTableCell cell : row.getTableCells()) {
                    if (!first) {
                        text.append('\t');
                    }
                    first = false;
                    StringBuilder cellText = new StringBuilder();
                    for (IBodyElement inner : cell.getBodyElements()) {
                        append(inner, cellText);
                    }
                    text.append(cellText.toString().strip());
                }
                text.append('\n');
            }
        }
    }
}
