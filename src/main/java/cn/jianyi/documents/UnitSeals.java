package cn.jianyi.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdSealKey;
import cn.jianyi.shared.OwnerOnly;

/**
 * The units' electronic seals: {@code seal.esl} (the GB/T 38540 seal as issued by the seal maker), {@code signer.key}
 * (the SM2 private key, PKCS#8 DER) and {@code signer.cer} (its X.509 certificate). The administrator uploads them
 * per unit ({@link #upload}); they are checked and kept owner-only under {@code jianyi.documents.seal-dir}/units/{id}/
 * (ADR 0041). Installations that put them in a folder named after the unit ({@code seal-dir}/单位全称/) keep working:
 * an uploaded seal comes first, then that folder. A unit without either has no seal, and its OFD letters go out
 * unsealed. Demonstration seals are made here too.
 */
@Component
public class UnitSeals {

    static final String SEAL = "seal.esl";
    static final String KEY = "signer.key";
    static final String CERTIFICATE = "signer.cer";

    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY_DIR =
            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY_FILE =
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");

    private final Path dir;
    private final OfdEngine engine;
    private final DocumentFonts fonts;
    private final cn.jianyi.identity.Directory directory;
    private final org.springframework.context.ApplicationEventPublisher events;
    /**
     * Real time, not the application's business clock: the OFD engine signs with the real time of rendering, so a
     * certificate is in force or not by that.
     */
    private final java.time.Clock signingClock = java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
    /** Units that get a demonstration seal when they have none (the demo's units). */
    private final Set<String> demoUnits = ConcurrentHashMap.newKeySet();

    UnitSeals(DocumentSettings settings, OfdEngine engine, DocumentFonts fonts, cn.jianyi.identity.Directory directory,
              org.springframework.context.ApplicationEventPublisher events) {
        this.dir = settings.sealDir();
        this.engine = engine;
        this.fonts = fonts;
        this.directory = directory;
        this.events = events;
    }

    /**
     * 上传电子印章: checks that the three files belong together and sign ({@link SealChecks}) and keeps them for the
     * unit, replacing its earlier upload. Refused beside the file to blame, nothing stored. Transactional although it
     * writes files only: the audit log records the upload when the transaction commits, and without one the event's
     * publication would stay incomplete, never recorded.
     */
    @Transactional
    public SealStatus upload(UploadSealCommand command) {
        directory.unit(command.unitId());
        var material = new OfdSealKey(command.key(), command.certificate(), command.seal());
        SealChecks.Outcome outcome = SealChecks.check(material, engine, signingClock.instant());
        if (!outcome.valid()) {
            throw cn.jianyi.shared.RuleViolation.onField(outcome.field(), outcome.reasonKey(),
                    outcome.detail() == null ? "" : outcome.detail());
        }
        try {
            store(command.unitId(), material);
        } catch (IOException e) {
            throw new UncheckedIOException("The seal of unit " + command.unitId() + " could not be stored", e);
        }
        events.publishEvent(new UnitSealUploaded(command.unitId(), outcome.subject(), command.actor()));
        return new SealStatus(SealStatus.Source.UPLOADED, true, null, null, outcome.subject(), outcome.validUntil());
    }

    /** The unit's seal as it stands today: uploaded, from the folder or none, checked afresh. */
    public SealStatus status(long unitId, String unitFullName) {
        Optional<OfdSealKey> uploaded = read(uploadedDir(unitId));
        Optional<OfdSealKey> folder = uploaded.isPresent() ? Optional.empty() : safeFolder(unitFullName);
        if (uploaded.isEmpty() && folder.isEmpty()) {
            return SealStatus.none();
        }
        SealChecks.Outcome outcome = SealChecks.check(uploaded.orElseGet(folder::get), engine,
                signingClock.instant());
        return new SealStatus(uploaded.isPresent() ? SealStatus.Source.UPLOADED : SealStatus.Source.FOLDER,
                outcome.valid(), outcome.reasonKey(), outcome.detail(), outcome.subject(), outcome.validUntil());
    }

    /**
     * Whether the unit has seal files, uploaded or in the folder named after it (or is a demo unit, which gets one when
     * it signs), without reading or checking them (cheap enough for every unit; {@link #status} checks them).
     */
    public boolean hasSeal(long unitId, String unitFullName) {
        if (demoUnits.contains(unitFullName) || Files.isRegularFile(uploadedDir(unitId).resolve(SEAL))) {
            return true;
        }
        try {
            return Files.isRegularFile(unitDir(unitFullName).resolve(SEAL));
        } catch (IllegalArgumentException notAFolderName) {
            return false;
        }
    }

    private Optional<OfdSealKey> safeFolder(String unitFullName) {
        try {
            return Files.isRegularFile(unitDir(unitFullName).resolve(SEAL)) ? read(unitDir(unitFullName))
                    : Optional.empty();
        } catch (IllegalArgumentException notAFolderName) {
            return Optional.empty();
        }
    }

    /** The seal of the unit now called so: uploaded first, then the folder named after it, then a demo seal. */
    public Optional<OfdSealKey> of(String unitFullName) {
        Optional<OfdSealKey> uploaded = directory.units().stream().filter(u -> u.fullName().equals(unitFullName))
                .findFirst().flatMap(u -> read(uploadedDir(u.id())));
        if (uploaded.isPresent()) {
            return uploaded;
        }
        Path unit = unitDir(unitFullName);
        if (!Files.isRegularFile(unit.resolve(SEAL))) {
            if (!demoUnits.contains(unitFullName)) {
                return Optional.empty();
            }
            ensureDemoSeal(unitFullName);
        }
        try {
            return Optional.of(new OfdSealKey(Files.readAllBytes(unit.resolve(KEY)),
                    Files.readAllBytes(unit.resolve(CERTIFICATE)), Files.readAllBytes(unit.resolve(SEAL))));
        } catch (IOException e) {
            throw new UncheckedIOException("The seal of " + unitFullName + " is incomplete under " + unit, e);
        }
    }

    /** Lets the unit have a demonstration seal, made when it is first needed (for the demo data only). */
    public void offerDemoSeal(String unitFullName) {
        unitDir(unitFullName);
        demoUnits.add(unitFullName);
    }

    private Path uploadedDir(long unitId) {
        return dir.resolve("units").resolve(Long.toString(unitId));
    }

    private static Optional<OfdSealKey> read(Path unit) {
        if (!Files.isRegularFile(unit.resolve(SEAL))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OfdSealKey(Files.readAllBytes(unit.resolve(KEY)),
                    Files.readAllBytes(unit.resolve(CERTIFICATE)), Files.readAllBytes(unit.resolve(SEAL))));
        } catch (IOException e) {
            throw new UncheckedIOException("The seal under " + unit + " is incomplete", e);
        }
    }

    /**
     * Writes the three files owner-only into a fresh folder beside the unit's, then puts it in the unit's place, so a
     * reader never sees half an upload.
     */
    private void store(long unitId, OfdSealKey material) throws IOException {
        Path units = dir.resolve("units");
        createOwnerOnly(dir);
        createOwnerOnly(units);
        Path fresh = units.resolve(unitId + ".new-" + System.nanoTime());
        createOwnerOnly(fresh);
        writeOwnerOnly(fresh.resolve(KEY), material.privateKey());
        writeOwnerOnly(fresh.resolve(CERTIFICATE), material.certificate());
        writeOwnerOnly(fresh.resolve(SEAL), material.seal());
        Path target = uploadedDir(unitId);
        if (Files.exists(target)) {
            Path old = units.resolve(unitId + ".old-" + System.nanoTime());
            Files.move(target, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            try (var files = Files.list(old)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(old);
        } else {
            Files.move(fresh, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void createOwnerOnly(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        if (posix(folder)) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY_DIR);
        }
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        if (posix(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
    }

    public boolean has(String unitFullName) {
        return Files.isRegularFile(unitDir(unitFullName).resolve(SEAL));
    }

    /**
     * Makes a demonstration seal for the unit unless it has one: a red round seal reading the unit's name and
     * 演示专用, with a fresh SM2 key and a self-signed certificate. It verifies, but it is not a legal seal.
     */
    public synchronized void ensureDemoSeal(String unitFullName) {
        if (has(unitFullName)) {
            return;
        }
        try {
            OfdSealKey seal = engine.makeSeal(unitFullName, demoPicture(unitFullName), 42, 42);
            Path unit = unitDir(unitFullName);
            OwnerOnly.folder(unit);                       // the seal folder and the unit's: 0700, files 0600
            OwnerOnly.write(unit.resolve(KEY), seal.privateKey());
            OwnerOnly.write(unit.resolve(CERTIFICATE), seal.certificate());
            OwnerOnly.write(unit.resolve(SEAL), seal.seal());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The demonstration seal could not be made", e);
        }
    }

    private Path unitDir(String unitFullName) {
        if (unitFullName.contains("/") || unitFullName.contains("\\") || unitFullName.startsWith(".")) {
            throw new IllegalArgumentException("Not a unit name: " + unitFullName);
        }
        return dir.resolve(unitFullName);
    }

    /** A 42 mm round seal at 600 dpi: double red ring, the name along the upper arc, a star, 演示专用 below. */
    byte[] demoPicture(String unitFullName) throws IOException {
        int size = 992;  // 42 mm at 600 dpi
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            var red = new Color(0xE6, 0x00, 0x12);
            g.setColor(red);
            double c = size / 2.0;
            g.setStroke(new BasicStroke(size * 0.03f));
            g.draw(new java.awt.geom.Ellipse2D.Double(size * 0.02, size * 0.02, size * 0.96, size * 0.96));
            g.fill(star(c, c, size * 0.15, size * 0.06));
            Font face = seriousFace();
            int[] codePoints = unitFullName.codePoints().toArray();
            double radius = size * 0.355;
            double sweep = Math.toRadians(codePoints.length > 6 ? 240 : 40 * codePoints.length);
            float nameSize = (float) Math.min(size * 0.13, 0.82 * radius * sweep / Math.max(codePoints.length, 1));
            g.setFont(face.deriveFont(nameSize));
            for (int i = 0; i < codePoints.length; i++) {
                double angle = -Math.PI / 2 - sweep / 2 + sweep * (i + 0.5) / codePoints.length;
                AffineTransform saved = g.getTransform();
                g.translate(c + radius * Math.cos(angle), c + radius * Math.sin(angle));
                g.rotate(angle + Math.PI / 2);
                String ch = new String(Character.toChars(codePoints[i]));
                int w = g.getFontMetrics().stringWidth(ch);
                g.drawString(ch, -w / 2f, nameSize * 0.4f);
                g.setTransform(saved);
            }
            g.setFont(face.deriveFont((float) (size * 0.085)));
            String demo = "演示专用";
            int w = g.getFontMetrics().stringWidth(demo);
            g.drawString(demo, (float) (c - w / 2.0), (float) (c + size * 0.3));
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "PNG", out);
        return out.toByteArray();
    }

    private Font seriousFace() throws IOException {
        Path file = fonts.files().get(DocumentFonts.Face.SONGTI);
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException e) {
            throw new IOException("Not a TrueType font: " + file, e);
        }
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        var star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(angle);
            double y = cy + r * Math.sin(angle);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        return star;
    }
}
