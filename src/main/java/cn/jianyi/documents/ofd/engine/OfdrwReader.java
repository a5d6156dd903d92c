package cn.jianyi.documents.ofd.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

import cn.jianyi.documents.ofd.OfdDocument;

/** Reads back what an OFD holds, page by page (used by tests to compare the OFD with the PDF). */
final class OfdrwReader {

    List<String> pageTexts(byte[] ofd) throws IOException {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            var extractor = new ContentExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                var text = new StringBuilder();
                for (TextObject object : extractor.getPageTextObject(page)) {
                    object.getTextCodes().forEach(code -> text.append(code.getContent()));
                }
                pages.add(text.toString());
            }
            return pages;
        }
    }

    List<List<OfdDocument.Text>> pageGlyphs(byte[] ofd) throws IOException {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            var extractor = new ContentExtractor(reader);
            List<List<OfdDocument.Text>> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                List<OfdDocument.Text> texts = new ArrayList<>();
                for (TextObject object : extractor.getPageTextObject(page)) {
                    for (var code : object.getTextCodes()) {
                        var delta = code.getDeltaX();
                        double[] deltaX = delta == null ? new double[0]
                                : delta.getArray().stream().mapToDouble(Double::parseDouble).toArray();
                        texts.add(new OfdDocument.Text(object.getFont().toString(), object.getSize(), 0,
                                code.getX(), code.getY(), code.getContent(), deltaX));
                    }
                }
                pages.add(texts);
            }
            return pages;
        }
    }
}
