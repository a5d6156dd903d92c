package cn.jianyi.documents.ofd;

import java.time.Instant;

/**
 * The outcome of verifying an OFD's signatures.
 *
 * @param signed    whether the document carries a signature at all
 * @param valid     whether every signature verifies and no signed file was changed (the time stamp aside: see
 *                  {@code timeStamp})
 * @param sealName  the name in the (first) seal, {@code null} when unsigned
 * @param message   what failed, {@code null} when valid
 * @param timeStamp the (first) signature's RFC 3161 time stamp, {@code null} when it has none
 */
public record OfdSealCheck(boolean signed, boolean valid, String sealName, String message, TimeStamp timeStamp) {

    /** A check without a time stamp. */
    public OfdSealCheck(boolean signed, boolean valid, String sealName, String message) {
        this(signed, valid, sealName, message, null);
    }

    /** Whether the signature carries a time stamp. */
    public boolean timeStamped() {
        return timeStamp != null;
    }

    /**
     * The time stamp in the SES_Signature's {@code timeStamp} field (GB/T 38540-2020, ADR 0055), checked on its own
     * terms: the certificate it carries, not a configured one.
     *
     * @param genTime        the time the authority attests, {@code null} when the token cannot be read
     * @param authority      the authority's name (its certificate's CN, else its subject), {@code null} if unknown
     * @param imprintMatches whether the token's message imprint is the hash of the signature value
     * @param verifies       whether the token's CMS signature verifies with the certificate it carries (which must
     *                       be for time stamping)
     * @param problem        what is wrong, {@code null} when it matches and verifies
     */
    public record TimeStamp(Instant genTime, String authority, boolean imprintMatches, boolean verifies,
                            String problem) {

        public boolean holds() {
            return imprintMatches && verifies;
        }
    }
}
