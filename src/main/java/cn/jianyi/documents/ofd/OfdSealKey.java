package cn.jianyi.documents.ofd;

/**
 * A unit's electronic seal and the key that applies it.
 *
 * @param privateKey  the signer's SM2 private key, PKCS#8 DER
 * @param certificate the signer's X.509 certificate, DER
 * @param seal        the GB/T 38540 seal (an {@code .esl} file), DER
 */
public record OfdSealKey(byte[] privateKey, byte[] certificate, byte[] seal) {
}
