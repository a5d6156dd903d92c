package cn.jianyi.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

import cn.jianyi.documents.ofd.OfdEngine;
import cn.jianyi.documents.ofd.OfdSchema;
import cn.jianyi.documents.ofd.OfdSealCheck;
import cn.jianyi.handling.ReplyLetter;

/** Renders a reply letter in any {@link LetterFormat}, or in all of them with the PDF laid out once. */
@Component
public class LetterDocuments {

    private final Map<LetterFormat, Function<ReplyLetter, byte[]>> renderers = new EnumMap<>(LetterFormat.class);
    private final OfdLetterRenderer ofd;
    private final OfdEngine engine;
    private final TimeStampAuthority timeStamps;
    private final Clock clock;

    LetterDocuments(BeanFactory beans, OfdLetterRenderer ofd, OfdEngine engine, TimeStampAuthority timeStamps,
                    Clock clock) {
        for (LetterFormat format : LetterFormat.values()) {
            renderers.put(format, format.bind(beans));
        }
        this.ofd = ofd;
        this.engine = engine;
        this.timeStamps = timeStamps;
        this.clock = clock;
    }

    public byte[] render(LetterFormat format, ReplyLetter letter) {
        return renderers.get(format).apply(letter);
    }

    /**
     * The letter in this format, reusing what is already rendered: the OFD is drawn from the letter's PDF, so with the
     * PDF at hand it is not laid out again.
     */
    public byte[] render(LetterFormat format, ReplyLetter letter, Map<LetterFormat, byte[]> alreadyRendered) {
        byte[] pdf = alreadyRendered.get(LetterFormat.PDF);
        return format == LetterFormat.OFD && pdf != null ? ofd.render(letter, pdf) : render(format, letter);
    }

    /** The letter in every format. */
    public Map<LetterFormat, byte[]> renderAll(ReplyLetter letter) {
        Map<LetterFormat, byte[]> rendered = new EnumMap<>(LetterFormat.class);
        for (LetterFormat format : LetterFormat.values()) {
            rendered.put(format, render(format, letter, rendered));
        }
        return rendered;
    }

    /** Writes the letter as {@code baseName.pdf}, {@code .docx} and {@code .ofd} into the directory. */
    public Map<LetterFormat, Path> write(ReplyLetter letter, Path dir, String baseName) {
        try {
            Files.createDirectories(dir);
            Map<LetterFormat, Path> written = new EnumMap<>(LetterFormat.class);
            for (var file : renderAll(letter).entrySet()) {
                Path target = dir.resolve(baseName + "." + file.getKey().extension());
                Files.write(target, file.getValue());
                written.put(file.getKey(), target);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code schema: valid (N XML files)} when every XML file of the OFD validates against the GB/T 33190-2016 schemas
     * (ADR 0051), else {@code schema: invalid, …} with the first error (for the command line).
     */
    public String schemaStatus(Path ofdFile) {
        try {
            return OfdSchema.check(Files.readAllBytes(ofdFile)).summary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code fonts: N embedded, all sane} for a written PDF or OFD file, or what is wrong (ADR 0054). */
    public String fontStatus(LetterFormat format, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return switch (format) {
                case PDF -> EmbeddedFonts.ofPdf(bytes).summary();
                case OFD -> EmbeddedFonts.ofOfd(bytes).summary();
                case DOCX -> "fonts: none embedded (the reader's own 仿宋_GB2312, 方正小标宋 …)";
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the OFD file carries a seal and whether it verifies (for the command line): {@code seal: verifies}, then
     * the seal's name in words; {@code seal: none} or {@code seal: FAILS} and the reason otherwise.
     */
    public String sealStatus(Path ofdFile) {
        try {
            OfdSealCheck check = engine.verify(Files.readAllBytes(ofdFile));
            if (!check.signed()) {
                return "seal: none（OFD 未加盖电子印章）";
            }
            return check.valid() ? "seal: verifies（OFD 已加盖「" + check.sealName() + "」电子印章，验章通过）"
                    : "seal: FAILS（OFD 验章失败：" + check.message() + "）";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The OFD's trusted time stamp for the command line (ADR 0055): {@code time stamp: <genTime in the office's zone>
     * from <TSA>, verifies}, {@code time stamp: none (no time-stamp authority configured)} or {@code time stamp:
     * failed (<reason>)} with the reason of the last request to the TSA.
     */
    public String timeStampStatus(Path ofdFile) {
        try {
            OfdSealCheck check = engine.verify(Files.readAllBytes(ofdFile));
            if (check.timeStamped()) {
                OfdSealCheck.TimeStamp stamp = check.timeStamp();
                String when = stamp.genTime() == null ? "unreadable"
                        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                stamp.genTime().truncatedTo(ChronoUnit.SECONDS).atZone(clock.getZone()));
                return "time stamp: " + when + " from " + stamp.authority()
                        + (stamp.holds() ? ", verifies" : ", does not verify (" + stamp.problem() + ")");
            }
            if (!timeStamps.configured()) {
                return "time stamp: none (no time-stamp authority configured)";
            }
            if (!check.signed()) {
                return "time stamp: none (the OFD is not sealed)";
            }
            return timeStamps.lastOutcome() instanceof TimeStampAuthority.Outcome.Failed failed
                    ? "time stamp: failed (" + failed.reason() + ")"
                    : "time stamp: none";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
