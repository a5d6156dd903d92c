package cn.jianyi.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.jianyi.documents.ofd.OfdDocument;
import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdSealKey;
import cn.jianyi.documents.ofd.OfdStamp;
import cn.jianyi.handling.ReplyLetter;

/**
 * Renders a reply letter as OFD (GB/T 33190): the letter is laid out once, as the PDF, and the OFD draws the same
 * glyphs at the same positions with the same faces, each font subset to the characters it draws. A signed letter of a
 * unit whose electronic seal is configured is sealed (GB/T 38540, SM2) over the signing unit and date, placed as
 * {@link SigningBlock} says (GB/T 9704-2012 §7.3.5.1), and time-stamped by the configured time-stamp authority when
 * there is one (ADR 0055; without a time stamp when it gives none).
 */
@Component
public class OfdLetterRenderer {

    private static final Logger log = LoggerFactory.getLogger(OfdLetterRenderer.class);

    private final PdfLetterRenderer pdf;
    private final DocumentFonts fonts;
    private final OfdEngine engine;
    private final UnitSeals seals;
    private final TimeStampAuthority timeStamps;
    private final Clock clock;

    OfdLetterRenderer(PdfLetterRenderer pdf, DocumentFonts fonts, OfdEngine engine, UnitSeals seals,
                      TimeStampAuthority timeStamps, Clock clock) {
        this.pdf = pdf;
        this.fonts = fonts;
        this.engine = engine;
        this.seals = seals;
        this.timeStamps = timeStamps;
        this.clock = clock;
    }

    public byte[] render(ReplyLetter letter) {
        return render(letter, pdf.render(letter));
    }

    /** The OFD of a letter whose PDF is at hand (the meeting export renders both). */
    public byte[] render(ReplyLetter letter, byte[] pdfBytes) {
        Path workDir = null;
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            PdfPageLayout.Layout layout = PdfPageLayout.read(document);
            workDir = Files.createTempDirectory("jianyi-ofd-fonts-");
            Map<String, Path> subsets = subsetFonts(layout.codePoints(), workDir);
            ZonedDateTime now = ZonedDateTime.now(clock);
            byte[] ofd = engine.write(new OfdDocument(layout.pages(), subsets, info(letter, now.toLocalDate())));
            Optional<OfdSealKey> seal = letter.isDraft() ? Optional.empty() : seals.of(letter.unitFullName());
            if (seal.isPresent()) {
                Optional<OfdStamp> stamp = SigningBlock.sealOver(layout, letter.unitFullName(),
                        letter.signedOnText(), SealPictureSize.of(seal.get().seal()).orElse(SealPictureSize.STANDARD));
                if (stamp.isPresent()) {
                    ofd = engine.seal(ofd, seal.get(), stamp.get(), now, timeStamps.forSealing());
                }
            }
            return ofd;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The unit's electronic seal could not be applied: " + e.getMessage(), e);
        } finally {
            deleteQuietly(workDir);
        }
    }

    /**
     * The letter's metadata for OFD.xml: its title, the issuing unit as author, its document number, the date it
     * bears (成文日期; today for a draft) as creation date and the day the file is written as modification date.
     */
    static OfdDocument.Info info(ReplyLetter letter, LocalDate today) {
        LocalDate created = letter.signedOn() == null || letter.signedOn().isAfter(today) ? today : letter.signedOn();
        return new OfdDocument.Info(letter.title(), letter.unitFullName(), letter.documentNumber(), created, today);
    }

    /** Each font drawn in the letter, cut down to the characters drawn (a whole CJK font is 10–15 MB). */
    private Map<String, Path> subsetFonts(Map<String, Set<Integer>> codePoints, Path workDir) throws IOException {
        Map<String, Path> subsets = new LinkedHashMap<>();
        fonts.withFontSet(set -> {
            for (var entry : codePoints.entrySet()) {
                Path subset = workDir.resolve(entry.getKey() + ".ttf");
                writeSubset(set, entry.getKey(), entry.getValue(), subset);
                subsets.put(entry.getKey(), subset);
            }
            return subsets;
        });
        return subsets;
    }

    /**
     * Writes the font cut down to the code points; a font that must draw a character beyond the Basic Multilingual
     * Plane (CJK Extension B, emoji) is copied whole, as fontbox's subsetter writes only a BMP character map.
     */
    private static void writeSubset(DocumentFonts.FontSet set, String fontName, Set<Integer> codePoints, Path target)
            throws IOException {
        if (codePoints.stream().anyMatch(Character::isSupplementaryCodePoint)) {
            Files.copy(set.fileNamed(fontName), target);
            return;
        }
        Files.write(target, FontSubsets.subset(set.named(fontName), codePoints));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Temporary font directory {} could not be removed: {}", dir, e.getMessage());
        }
    }
}
