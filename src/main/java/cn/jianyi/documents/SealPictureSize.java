package cn.jianyi.documents;

import java.util.Optional;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The size a seal is to be printed at, in millimetres, as its maker wrote it into the seal file: the width and height
 * of SES_ESPictrueInfo (GB/T 38540-2020 and GM/T 0031-2014 alike: {@code SESeal ::= SEQUENCE { esealInfo
 * SES_SealInfo, … }}, {@code SES_SealInfo ::= SEQUENCE { header, esID, property, picture SES_ESPictrueInfo, … }},
 * {@code SES_ESPictrueInfo ::= SEQUENCE { type, data, width INTEGER, height INTEGER }}). Official seals come in
 * several sizes (40, 42, 45 mm …); the letter draws each at its own.
 */
record SealPictureSize(double widthMm, double heightMm) {

    /** Smaller or larger than any unit's seal: such a size is a maker's slip, and the letter falls back to 42 mm. */
    static final double SMALLEST_MM = 20;
    static final double LARGEST_MM = 60;

    /** The round seal of a unit (单位印章) at 42 mm, for a seal file whose size cannot be read. */
    static final SealPictureSize STANDARD = new SealPictureSize(SigningBlock.SEAL_MM, SigningBlock.SEAL_MM);

    /** The size the seal file states, when it can be read and lies within {@link #SMALLEST_MM}–{@link #LARGEST_MM}. */
    static Optional<SealPictureSize> of(byte[] sealFile) {
        try {
            ASN1Sequence seal = ASN1Sequence.getInstance(sealFile);
            ASN1Sequence info = ASN1Sequence.getInstance(seal.getObjectAt(0));
            ASN1Sequence picture = ASN1Sequence.getInstance(info.getObjectAt(3));
            double width = ASN1Integer.getInstance(picture.getObjectAt(2)).getValue().doubleValue();
            double height = ASN1Integer.getInstance(picture.getObjectAt(3)).getValue().doubleValue();
            return within(width) && within(height) ? Optional.of(new SealPictureSize(width, height)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean within(double mm) {
        return mm >= SMALLEST_MM && mm <= LARGEST_MM;
    }
}
