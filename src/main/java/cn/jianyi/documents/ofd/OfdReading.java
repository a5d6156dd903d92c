package cn.jianyi.documents.ofd;

import java.io.IOException;
import java.util.List;

/**
 * Test support: what an OFD written by the {@link OfdEngine} holds, read back through the same isolated engine. The
 * application writes, seals and verifies OFD files but never reads their text; tests compare it with the PDF.
 */
public interface OfdReading {

    /** Every text object of each page as written: content, origin and advances (font is its resource id). */
    List<List<OfdDocument.Text>> pageGlyphs(byte[] ofd) throws IOException;

    /** The text of each page, in drawing order. */
    List<String> pageTexts(byte[] ofd) throws IOException;
}
