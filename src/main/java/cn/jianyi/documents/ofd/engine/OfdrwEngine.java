package cn.jianyi.documents.ofd.engine;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.UnaryOperator;

import cn.jianyi.documents.ofd.OfdDocument;
import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdReading;
import cn.jianyi.documents.ofd.OfdSealCheck;
import cn.jianyi.documents.ofd.OfdSealKey;
import cn.jianyi.documents.ofd.OfdStamp;

/**
 * The OFD engine on ofdrw 2.3.1 and BouncyCastle 1.68, loaded only by the engine's own class loader (ADR 0017): a
 * facade over {@link OfdrwWriter} (writing), {@link OfdrwSeals} (sealing, verifying, demonstration seals) and
 * {@link OfdrwReader} (reading back, for tests).
 */
public final class OfdrwEngine implements OfdEngine, OfdReading {

    private final OfdrwWriter writer = new OfdrwWriter();
    private final OfdrwSeals seals = new OfdrwSeals();
    private final OfdrwReader reader = new OfdrwReader();

    @Override
    public byte[] write(OfdDocument document) throws IOException {
        return writer.write(document);
    }

    @Override
    public byte[] seal(byte[] ofd, OfdSealKey key, OfdStamp stamp, ZonedDateTime signedAt,
                       UnaryOperator<byte[]> timeStamp) throws IOException, GeneralSecurityException {
        return seals.seal(ofd, key, stamp, signedAt, timeStamp);
    }

    @Override
    public OfdSealCheck verify(byte[] ofd) {
        return seals.verify(ofd);
    }

    @Override
    public OfdSealKey makeSeal(String unitName, byte[] png, int widthMm, int heightMm)
            throws GeneralSecurityException, IOException {
        return seals.makeSeal(unitName, png, widthMm, heightMm);
    }

    @Override
    public List<List<OfdDocument.Text>> pageGlyphs(byte[] ofd) throws IOException {
        return reader.pageGlyphs(ofd);
    }

    @Override
    public List<String> pageTexts(byte[] ofd) throws IOException {
        return reader.pageTexts(ofd);
    }
}
