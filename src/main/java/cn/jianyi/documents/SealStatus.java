package cn.jianyi.documents;

import java.time.LocalDate;

/**
 * A unit's electronic seal as the administrator sees it: where it comes from, and whether it signs (with the
 * reason when it does not).
 *
 * @param source     {@code UPLOADED} (through the directory), {@code FOLDER} (the seal folder under the unit's name,
 *                   kept for installations that used it), {@code NONE}
 * @param valid      the key matches the certificate, the certificate is in force, the seal parses and a test
 *                   signature verifies
 * @param reasonKey  why not, as a message key ({@code null} when valid or none)
 * @param detail     the reason's argument (the engine's message, a date), or {@code null}
 * @param subject    the certificate's subject, {@code null} when it cannot be read
 * @param validUntil the certificate's last day, {@code null} when it cannot be read
 */
public record SealStatus(Source source, boolean valid, String reasonKey, String detail, String subject,
                         LocalDate validUntil) {

    public enum Source {
        UPLOADED, FOLDER, NONE
    }

    static SealStatus none() {
        return new SealStatus(Source.NONE, false, null, null, null, null);
    }
}
