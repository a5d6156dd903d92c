package cn.jianyi.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.type.TypeMapping;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Official documents as PDF with openhtmltopdf: a print layout is an XHTML template under
 * {@code templates/documents/} (processed in XML mode so the renderer gets well-formed input); the document fonts are
 * embedded as subsets, and characters missing from a face come from the fallback font. Every PDF is tagged for
 * screen readers, PDF/UA-1 style (ADR 0056): the template's elements give the structure (h1–h3, p, table/th/td,
 * img with alt), page-margin boxes and borders are artifacts, {@code lang} on the root gives the language.
 */
@Component
public class OfficialPdf {

    static {
        OpenHtmlToPdfLogging.install();
    }

    /** The namespace of the PDF/UA identification schema (ISO 14289-1 §5). */
    static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

    private final DocumentFonts fonts;
    private final SpringTemplateEngine templates;

    OfficialPdf(DocumentFonts fonts) {
        this.fonts = fonts;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/documents/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.templates = new SpringTemplateEngine();
        this.templates.setTemplateResolver(resolver);
    }

    /** The XHTML of a template with these variables. */
    public String xhtml(String template, Map<String, Object> variables) {
        var context = new Context();
        variables.forEach(context::setVariable);
        return templates.process(template, context);
    }

    /** The PDF of a well-formed XHTML page; images may come as data: URIs. */
    public byte[] render(String xhtml) {
        return render(xhtml, null);
    }

    /**
     * The PDF of a well-formed XHTML page with its metadata also as XMP (Dublin Core title and creator, the
     * document number as description, the creation time): what an archive's 四性检测 and a document system read. The
     * document information dictionary comes from the page's {@code <title>} and {@code <meta>} (openhtmltopdf).
     */
    public byte[] render(String xhtml, Metadata metadata) {
        return render(xhtml, metadata, List.of());
    }

    /**
     * As {@link #render(String, Metadata)}, with text drawn in a first-page margin box that a screen reader must read
     * (the class mark in a corner) tagged as the first paragraph instead of an artifact as margin boxes are.
     */
    public byte[] render(String xhtml, Metadata metadata, List<String> firstPageMarginText) {
        try {
            return fonts.withFontSet(set -> render(xhtml, metadata, firstPageMarginText, set));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An official document's metadata: its title, the issuing body, its number (may be null), when it was made. */
    public record Metadata(String title, String author, String number, java.time.ZonedDateTime created) {
    }

    private static byte[] render(String xhtml, Metadata metadata, List<String> firstPageMarginText,
                                 DocumentFonts.FontSet fonts) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            // tagged (PDF/UA-1 style, ADR 0056): structure tree, marked content, MarkInfo, /Lang, DisplayDocTitle;
            // margin boxes (page numbers) and borders become artifacts. It draws exactly what it drew untagged.
            builder.usePdfUaAccessibility(true);
            builder.usePDDocument(document);
            for (var face : fonts.faces().entrySet()) {
                // the parsed font is reused; the document embeds only the subset it draws
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, face.getValue(), true)),
                        face.getKey().family(), 400, FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                TaggedStructure.tidy(document);
                // openhtmltopdf writes its own XMP from the Info (title, author, subject); ours replaces it, and the
                // Info's dates (openhtmltopdf's clock) become the document's, as in the XMP
                Metadata written = metadata != null ? metadata : fromInfo(document);
                var created = java.util.GregorianCalendar.from(written.created());
                document.getDocumentInformation().setCreationDate(created);
                document.getDocumentInformation().setModificationDate(created);
                document.getDocumentCatalog().setMetadata(xmp(document, written));
                document.save(out);
            }
            if (!firstPageMarginText.isEmpty()) {
                try (PDDocument saved = Loader.loadPDF(out.toByteArray())) {
                    TaggedStructure.readFirstPageMarginText(saved, firstPageMarginText);
                    out.reset();
                    saved.save(out);
                }
            }
            return out.toByteArray();
        }
    }

    /** The metadata of a document rendered without any (the statistics report): its title and dates from the Info. */
    private static Metadata fromInfo(PDDocument document) {
        var info = document.getDocumentInformation();
        var created = info.getCreationDate() == null ? java.time.ZonedDateTime.now()
                : java.time.ZonedDateTime.ofInstant(info.getCreationDate().toInstant(), java.time.ZoneId.systemDefault());
        return new Metadata(info.getTitle(), info.getAuthor(), info.getSubject(), created);
    }

    /**
     * ISO 14289-1 §5: {@code pdfuaid:part} 1, with the PDF/A extension schema that describes it, so that a strict
     * XMP reader (PDF/A validators, PDFBox's parser) knows the property instead of rejecting the packet.
     */
    private static void pdfUaIdentification(XMPMetadata xmp) {
        TypeMapping types = xmp.getTypeMapping();
        var property = new PDFAPropertyType(xmp);
        property.addProperty(types.createText(null, "pdfaProperty", PDFAPropertyType.NAME, "part"));
        property.addProperty(types.createText(null, "pdfaProperty", PDFAPropertyType.VALUETYPE, "Integer"));
        property.addProperty(types.createChoice(null, "pdfaProperty", PDFAPropertyType.CATEGORY, "internal"));
        property.addProperty(types.createText(null, "pdfaProperty", PDFAPropertyType.DESCRIPTION,
                "Indicates, which part of ISO 14289 standard is followed"));
        var properties = types.createArrayProperty(null, "pdfaSchema", PDFASchemaType.PROPERTY, Cardinality.Seq);
        properties.getContainer().addProperty(property);
        var schema = new PDFASchemaType(xmp);
        schema.addProperty(types.createText(null, "pdfaSchema", PDFASchemaType.SCHEMA,
                "PDF/UA Universal Accessibility Schema"));
        schema.addProperty(types.createURI(null, "pdfaSchema", PDFASchemaType.NAMESPACE_URI, PDFUA_NAMESPACE));
        schema.addProperty(types.createText(null, "pdfaSchema", PDFASchemaType.PREFIX, "pdfuaid"));
        schema.addProperty(properties);
        var schemas = types.createArrayProperty(null, "pdfaExtension", PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
        schemas.getContainer().addProperty(schema);
        var extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        extension.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
        extension.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");
        extension.addProperty(schemas);

        var pdfua = new XMPSchema(xmp, PDFUA_NAMESPACE, "pdfuaid");
        pdfua.setIntegerPropertyValueAsSimple("part", 1);
        xmp.addSchema(pdfua);
    }

    private static org.apache.pdfbox.pdmodel.common.PDMetadata xmp(PDDocument document, Metadata metadata)
            throws IOException {
        var xmp = XMPMetadata.createXMPMetadata();
        var dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(metadata.title());
        if (metadata.author() != null) {
            dc.addCreator(metadata.author());
        }
        dc.setFormat("application/pdf");
        dc.addLanguage("zh-CN");
        if (metadata.number() != null) {
            dc.setDescription(metadata.number());
            dc.setIdentifier(metadata.number());
        }
        var basic = xmp.createAndAddXMPBasicSchema();
        var created = java.util.GregorianCalendar.from(metadata.created());
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setCreatorTool("Jianyi 建议办理系统");
        var pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer("openhtmltopdf, Apache PDFBox");
        pdfUaIdentification(xmp);
        var bytes = new ByteArrayOutputStream();
        try {
            new org.apache.xmpbox.xml.XmpSerializer().serialize(xmp, bytes, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("the XMP metadata could not be written", e);
        }
        var stream = new org.apache.pdfbox.pdmodel.common.PDMetadata(document);
        stream.importXMPMetadata(bytes.toByteArray());
        return stream;
    }
}
