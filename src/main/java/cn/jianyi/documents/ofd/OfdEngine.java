package cn.jianyi.documents.ofd;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.ZonedDateTime;

/**
 * What the application asks of the OFD library (ofdrw). Its implementation lives in {@code ofd.engine} and runs in a
 * class loader of its own, with the BouncyCastle 1.68 that ofdrw needs (ADR 0017); everything crossing this interface
 * is a JDK type or one of the records of this package. Reading an OFD back is {@link OfdReading}, which only tests
 * need.
 */
public interface OfdEngine {

    /** Writes the pages as an OFD (GB/T 33190) document; every text object keeps its exact glyph positions. */
    byte[] write(OfdDocument document) throws IOException;

    /**
     * Signs the OFD with a GB/T 38540 electronic seal, drawn at the stamp position; {@code signedAt} is written as
     * the signature's SignatureDateTime, in its own time zone (the office's).
     */
    byte[] seal(byte[] ofd, OfdSealKey key, OfdStamp stamp, ZonedDateTime signedAt)
            throws IOException, GeneralSecurityException;

    /** Checks every signature of the OFD (document digest, SM2 signature, the seal's own signature). */
    OfdSealCheck verify(byte[] ofd);

    /**
     * Makes a seal for tests and demonstrations: a fresh SM2 key pair, a self-signed certificate for the unit and a
     * GB/T 38540 seal carrying the picture. Not a legal seal: those come from a certified seal maker.
     */
    OfdSealKey makeSeal(String unitName, byte[] png, int widthMm, int heightMm) throws GeneralSecurityException,
            IOException;
}
