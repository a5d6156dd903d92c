package cn.jianyi.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.bouncycastle.jcajce.provider.asymmetric.ec.BCECPrivateKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.shared.HeldInMemory;
import cn.jianyi.shared.OwnerOnly;

/**
 * The system's SM2 key that signs feedback records (SM3withSM2, BouncyCastle). The private key is a file outside the
 * database ({@code signing-key-dir}/feedback-sm2.key, PKCS#8 DER, readable by the owner only), made on first use; its
 * public key is registered in {@code signing_keys}, and every signature names the key it was made with, so records
 * signed before a key change still verify. BouncyCastle is used as a provider object, not registered globally.
 * <p>
 * The registration commits on its own, before the key signs anything: made inside the first feedback's transaction,
 * it was rolled back with it (the process killed mid-request, ADR 0066), and this process's later feedback, or a
 * concurrent one that could not see the uncommitted row, then named a key id that does not exist and was refused.
 */
@Component
class FeedbackSigningKey implements HeldInMemory {

    static final String ALGORITHM = "SM3withSM2";
    static final String KEY_FILE = "feedback-sm2.key";
    private static final Provider BC = new BouncyCastleProvider();

    private final Path dir;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private volatile Active active;
    private final Map<Long, PublicKey> publicKeys = new HashMap<>();

    private record Active(long id, PrivateKey key) {
    }

    FeedbackSigningKey(@Value("${jianyi.feedback.signing-key-dir}") String dir, JdbcClient jdbc,
                       PlatformTransactionManager transactions, Clock clock) {
        this.dir = Path.of(dir);
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Signs the payload; returns the key id and the DER signature. */
    Signed sign(byte[] payload) {
        Active key = active();
        try {
            Signature signature = Signature.getInstance(ALGORITHM, BC);
            signature.initSign(key.key());
            signature.update(payload);
            return new Signed(key.id(), signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Feedback could not be signed", e);
        }
    }

    record Signed(long keyId, byte[] signature) {
    }

    /** Whether the signature over the payload verifies with the registered key of that id. */
    boolean verifies(long keyId, byte[] payload, byte[] signature) {
        PublicKey key = publicKey(keyId);
        if (key == null || signature == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM, BC);
            verifier.initVerify(key);
            verifier.update(payload);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The key is registered again, and public keys read again, on next use (the key file stays). */
    @Override
    public synchronized void forget() {
        active = null;
        publicKeys.clear();
    }

    private synchronized PublicKey publicKey(long keyId) {
        return publicKeys.computeIfAbsent(keyId, id -> jdbc.sql("select public_key from signing_keys where id = ?")
                .param(id).query((rs, n) -> decodePublic(rs.getBytes(1))).optional().orElse(null));
    }

    private Active active() {
        Active current = active;
        if (current == null) {
            synchronized (this) {
                current = active;
                if (current == null) {
                    current = load();
                    active = current;
                }
            }
        }
        return current;
    }

    private Active load() {
        try {
            Path file = dir.resolve(KEY_FILE);
            PrivateKey privateKey;
            PublicKey publicKey;
            if (Files.isRegularFile(file)) {
                privateKey = KeyFactory.getInstance("EC", BC).generatePrivate(
                        new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
                publicKey = publicOf((BCECPrivateKey) privateKey);
            } else {
                var generator = KeyPairGenerator.getInstance("EC", BC);
                generator.initialize(new ECGenParameterSpec("sm2p256v1"));
                KeyPair pair = generator.generateKeyPair();
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
                OwnerOnly.folder(dir);
                writeOwnerOnly(file, privateKey.getEncoded());
            }
            return new Active(register(publicKey.getEncoded()), privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("The feedback signing key under " + dir + " cannot be read or made", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The feedback signing key is not an SM2 key", e);
        }
    }

    /**
     * The key's id in {@code signing_keys}, registering it the first time it is used with this database, in a
     * transaction of its own (one extra connection, once per process and key), committed before any record names it.
     */
    private long register(byte[] publicKey) {
        Long id = ownTransaction.execute(status -> registered(publicKey));
        return java.util.Objects.requireNonNull(id);
    }

    private long registered(byte[] publicKey) {
        for (var row : jdbc.sql("select id, public_key from signing_keys where algorithm = ? order by id")
                .param(ALGORITHM).query((rs, n) -> Map.entry(rs.getLong(1), rs.getBytes(2))).list()) {
            if (Arrays.equals(row.getValue(), publicKey)) {
                return row.getKey();
            }
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into signing_keys (algorithm, public_key, created_at) values (?, ?, ?)")
                .params(ALGORITHM, publicKey, java.sql.Timestamp.from(clock.instant())).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    private static PublicKey publicOf(BCECPrivateKey key) throws GeneralSecurityException {
        var spec = key.getParameters();
        var point = spec.getG().multiply(key.getD()).normalize();
        return KeyFactory.getInstance("EC", BC).generatePublic(new ECPublicKeySpec(point, spec));
    }

    private static PublicKey decodePublic(byte[] encoded) {
        try {
            return KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /**
     * Writes a new file readable and writable by its owner only — created so on a POSIX file system, before any byte
     * is written; elsewhere restricted through java.io right after it is created. The bytes go to a partial file,
     * synced, then moved into place in one step: a process killed while writing leaves no empty or cut key file
     * behind (which every later start would fail to read), only a partial one, replaced by the next attempt.
     */
    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            Files.createFile(partial,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(partial);
            var f = partial.toFile();
            boolean restricted = f.setReadable(false, false) && f.setReadable(true, true)
                    && f.setWritable(false, false) && f.setWritable(true, true);
            if (!restricted) {
                Files.delete(partial);
                throw new IOException("Cannot make " + partial + " readable by its owner only");
            }
        }
        Files.write(partial, content, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
