package cn.jianyi.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** The SM3 digest (GB/T 32905-2016, BouncyCastle) of a file, in lower-case hex. */
final class Sm3 {

    private Sm3() {
    }

    static String of(Path file) {
        SM3Digest digest = new SM3Digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
