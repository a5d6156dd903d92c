package cn.jianyi.portal;

import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jianyi.documents.OfficialPdf;

/**
 * The reply letter of a published case as PDF, laid out from the redacted copy ({@code public-letter-pdf.xhtml}
 * through {@link OfficialPdf}): a removed passage is not in the file, not drawn over (ADR 0059).
 */
@Component
public class PublicLetterPdf {

    private final OfficialPdf pdf;

    PublicLetterPdf(OfficialPdf pdf) {
        this.pdf = pdf;
    }

    public byte[] render(PublicCase copy) {
        return pdf.render(pdf.xhtml("public-letter-pdf", Map.of("copy", copy)),
                new OfficialPdf.Metadata(copy.replyTitle(), copy.unitName(), copy.documentNumber(),
                        copy.publishedAt().atZone(java.time.ZoneId.of("Asia/Shanghai"))));
    }
}
