package cn.jianyi.documents.ofd;

/**
 * The outcome of verifying an OFD's signatures.
 *
 * @param signed   whether the document carries a signature at all
 * @param valid    whether every signature verifies and no signed file was changed
 * @param sealName the name in the (first) seal, {@code null} when unsigned
 * @param message  what failed, {@code null} when valid
 */
public record OfdSealCheck(boolean signed, boolean valid, String sealName, String message) {
}
