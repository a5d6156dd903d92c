package cn.jianyi.documents.ofd;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.ZonedDateTime;
import java.util.function.UnaryOperator;

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
    default byte[] seal(byte[] ofd, OfdSealKey key, OfdStamp stamp, ZonedDateTime signedAt)
            throws IOException, GeneralSecurityException {
        return seal(ofd, key, stamp, signedAt, null);
    }

    /**
     * Seals as above and, when {@code timeStamp} is given, asks it for an RFC 3161 TimeStampToken (DER) over the final
     * signature value (the SES_Signature's {@code signature} BIT STRING's bytes), which goes into the SES_Signature's
     * {@code timeStamp} (GB/T 38540-2020, ADR 0055). It is asked once, for the signature that stays in the file; a
     * {@code null} answer leaves the seal without a time stamp.
     */
    byte[] seal(byte[] ofd, OfdSealKey key, OfdStamp stamp, ZonedDateTime signedAt, UnaryOperator<byte[]> timeStamp)
            throws IOException, GeneralSecurityException;

    /**
     * Checks every signature of the OFD (document digest, SM2 signature, the seal's own signature) and reports the
     * first signature's time stamp, if it has one.
     */
    OfdSealCheck verify(byte[] ofd);

    /**
     * Makes a seal for tests and demonstrations: a fresh SM2 key pair, a self-signed certificate for the unit and a
     * GB/T 38540 seal carrying the picture. Not a legal seal: those come from a certified seal maker.
     */
    OfdSealKey makeSeal(String unitName, byte[] png, int widthMm, int heightMm) throws GeneralSecurityException,
            IOException;
}
