package cn.jianyi.documents;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;

/**
 * 上传电子印章: the unit's three files as the seal maker issued them: {@code seal.esl} (GB/T 38540 seal),
 * {@code signer.key} (the SM2 private key, PKCS#8 DER) and {@code signer.cer} (its X.509 certificate). Refuses a
 * missing, empty or oversized file beside its field; {@link UnitSeals#upload} checks that they belong together.
 */
public record UploadSealCommand(long unitId, byte[] seal, byte[] key, byte[] certificate, Actor actor) {

    /** A seal file is a few kilobytes (the picture included); far more is no seal. */
    static final int MAX_BYTES = 1024 * 1024;

    public UploadSealCommand {
        seal = present("seal", seal);
        key = present("key", key);
        certificate = present("certificate", certificate);
        if (actor == null) {
            throw new IllegalArgumentException("A seal is uploaded by someone");
        }
    }

    private static byte[] present(String field, byte[] file) {
        if (file == null || file.length == 0) {
            throw RuleViolation.onField(field, "seal.file.missing");
        }
        if (file.length > MAX_BYTES) {
            throw RuleViolation.onField(field, "seal.file.tooLarge");
        }
        return file.clone();
    }
}
