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

import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdSealKey;
import cn.jianyi.shared.OwnerOnly;

/**
 * The units' electronic seals, kept as files per unit under the configured seal directory
 * ({@code jianyi.documents.seal-dir}/单位全称/): {@code seal.esl} (the GB/T 38540 seal as issued by the seal maker),
 * {@code signer.key} (the SM2 private key, PKCS#8 DER) and {@code signer.cer} (its X.509 certificate, DER). A unit
 * without these files has no seal, and its OFD letters go out unsealed. Demonstration seals are made here too.
 */
@Component
public class UnitSeals {

    static final String SEAL = "seal.esl";
    static final String KEY = "signer.key";
    static final String CERTIFICATE = "signer.cer";

    private final Path dir;
    private final OfdEngine engine;
    private final DocumentFonts fonts;
    /** Units that get a demonstration seal when they have none (the demo's units). */
    private final Set<String> demoUnits = ConcurrentHashMap.newKeySet();

    UnitSeals(DocumentSettings settings, OfdEngine engine, DocumentFonts fonts) {
        this.dir = settings.sealDir();
        this.engine = engine;
        this.fonts = fonts;
    }

    /** The unit's seal, when one is configured (a demo unit's demonstration seal is made on first use). */
    public Optional<OfdSealKey> of(String unitFullName) {
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
