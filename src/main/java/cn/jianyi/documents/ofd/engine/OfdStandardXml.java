package cn.jianyi.documents.ofd.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.model.ZipParameters;
import org.ofdrw.sign.ExtendSignatureContainer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import cn.jianyi.documents.ofd.OfdDocument;

/**
 * What ofdrw 2.3.1 writes otherwise than GB/T 33190-2016 Annex A, corrected on the package's XML after ofdrw (ADR
 * 0051), with the JDK's DOM: {@code Version="1.0"} and the document's metadata in OFD.xml, CommonData in the
 * standard's order in Document.xml (MaxUnitID first, PublicRes before DocumentRes) and the page box in whole tenths of a millimetre; after sealing, MaxSignId first and {@code sNNN}
 * identifiers in Signatures.xml, SignedInfo before SignedValue in Signature.xml with its children in the standard's
 * order, the SM3 OID as CheckMethod and the signing time in the office's time zone. As Signature.xml changes, every
 * reference digest is taken again over the final bytes and the seal's signature is made again over the final
 * Signature.xml, so the seal covers exactly what is in the package.
 */
final class OfdStandardXml {

    static final String NS = "http://www.ofdspec.org/2016";
    static final String SM3_OID = "1.2.156.10197.1.401";
    private static final DateTimeFormatter SIGNING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private OfdStandardXml() {
    }

    /** Corrects OFD.xml (version, metadata) and each Document.xml (child order, page box) of a freshly written OFD. */
    static byte[] afterWriting(byte[] ofd, OfdDocument.Info info) throws IOException {
        Map<String, byte[]> entries = unzip(ofd);
        Map<String, byte[]> written = new LinkedHashMap<>(entries);
        fixEntry(entries, "OFD.xml", document -> fixOfd(document, info));
        for (String name : List.copyOf(entries.keySet())) {
            if (name.endsWith("/Document.xml")) {
                fixEntry(entries, name, OfdStandardXml::fixDocument);
            }
        }
        return repack(ofd, written, entries);
    }

    /**
     * Corrects the signature ofdrw has just written (the last one of Signatures.xml), takes its reference digests
     * again and signs its final Signature.xml again with the same container.
     */
    static byte[] afterSealing(byte[] ofd, ZonedDateTime signedAt, ExtendSignatureContainer container)
            throws IOException, GeneralSecurityException {
        Map<String, byte[]> entries = unzip(ofd);
        Map<String, byte[]> signed = new LinkedHashMap<>(entries);
        if (!"1.0".equals(parse(entryFile(entries, "OFD.xml")).getDocumentElement().getAttribute("Version"))) {
            // only when ofdrw wrote it anew: rewriting OFD.xml would break an earlier seal, which covers it
            fixEntry(entries, "OFD.xml", document -> document.getDocumentElement().setAttribute("Version", "1.0"));
        }
        String signaturesPath = signaturesPath(entries);
        List<String> signatureFiles = new ArrayList<>();
        fixEntry(entries, signaturesPath, document -> signatureFiles.addAll(fixSignatures(document)));
        String signaturePath = signatureFiles.get(signatureFiles.size() - 1);
        Document signature = parse(entryFile(entries, signaturePath));
        fixSignature(signature, signedAt);
        digestReferences(signature, entries, container.getDigestFnc());
        byte[] signatureXml = serialize(signature);
        entries.put(signaturePath, signatureXml);
        String signedValuePath = path(child(signature.getDocumentElement(), "SignedValue").getTextContent());
        entries.put(signedValuePath, container.sign(new ByteArrayInputStream(signatureXml), "/" + signaturePath));
        return repack(ofd, signed, entries);
    }

    // --- OFD.xml and Document.xml

    private static void fixOfd(Document document, OfdDocument.Info info) {
        Element ofd = document.getDocumentElement();
        ofd.setAttribute("Version", "1.0");
        if (info == null) {
            return;
        }
        Element docInfo = child(child(ofd, "DocBody"), "DocInfo");
        // the standard's order: DocID, Title, Author, Subject, Abstract, CreationDate, ModDate, DocUsage, Cover,
        // Keywords, Creator, CreatorVersion, CustomDatas
        Map<String, Element> kept = new LinkedHashMap<>();
        for (Element element : children(docInfo)) {
            kept.put(element.getLocalName(), element);
            docInfo.removeChild(element);
        }
        append(docInfo, kept.get("DocID"));
        append(docInfo, text(document, "Title", info.title()));
        append(docInfo, text(document, "Author", info.author()));
        append(docInfo, info.created() == null ? kept.get("CreationDate")
                : text(document, "CreationDate", info.created().toString()));
        append(docInfo, text(document, "ModDate", info.modified() == null ? null : info.modified().toString()));
        append(docInfo, kept.get("Creator"));
        append(docInfo, kept.get("CreatorVersion"));
        if (info.documentNumber() != null) {
            Element customDatas = document.createElementNS(NS, "ofd:CustomDatas");
            Element number = text(document, "CustomData", info.documentNumber());
            number.setAttribute("Name", "文号");
            customDatas.appendChild(number);
            docInfo.appendChild(customDatas);
        }
    }

    private static void fixDocument(Document document) {
        Element commonData = child(document.getDocumentElement(), "CommonData");
        order(commonData, List.of("MaxUnitID", "PageArea", "PublicRes", "DocumentRes", "TemplatePage", "DefaultCS"));
        Element pageArea = child(commonData, "PageArea");
        for (Element box : children(pageArea)) {
            box.setTextContent(tenths(box.getTextContent()));
        }
    }

    /** A box's numbers to whole tenths of a millimetre (a PDF's A4, 595.28 × 841.89 pt, is 210 × 296.995 mm). */
    static String tenths(String box) {
        List<String> numbers = new ArrayList<>();
        for (String number : box.trim().split("\\s+")) {
            numbers.add(new BigDecimal(number).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString());
        }
        return String.join(" ", numbers);
    }

    // --- Signatures.xml and Signature.xml

    /** MaxSignId first, identifiers as {@code sNNN}; returns the Signature.xml paths in order. */
    private static List<String> fixSignatures(Document document) {
        Element signatures = document.getDocumentElement();
        Element maxSignId = child(signatures, "MaxSignId");
        if (maxSignId != null) {
            maxSignId.setTextContent(signId(maxSignId.getTextContent()));
            signatures.insertBefore(maxSignId, signatures.getFirstChild());
        }
        List<String> files = new ArrayList<>();
        for (Element signature : children(signatures)) {
            if (signature.getLocalName().equals("Signature")) {
                signature.setAttribute("ID", signId(signature.getAttribute("ID")));
                files.add(path(signature.getAttribute("BaseLoc")));
            }
        }
        return files;
    }

    private static void fixSignature(Document document, ZonedDateTime signedAt) {
        Element signature = document.getDocumentElement();
        order(signature, List.of("SignedInfo", "SignedValue"));
        Element signedInfo = child(signature, "SignedInfo");
        order(signedInfo, List.of("Provider", "SignatureMethod", "SignatureDateTime", "References", "StampAnnot",
                "Seal"));
        for (Element stampAnnot : children(signedInfo)) {
            if (stampAnnot.getLocalName().equals("StampAnnot")) {
                stampAnnot.setAttribute("ID", signId(stampAnnot.getAttribute("ID")));
            }
        }
        child(signedInfo, "SignatureDateTime").setTextContent(SIGNING_TIME.format(signedAt));
        child(signedInfo, "References").setAttribute("CheckMethod", SM3_OID);
    }

    /** Every reference's CheckValue taken again over the file as it now stands in the package. */
    private static void digestReferences(Document signature, Map<String, byte[]> entries, MessageDigest digest)
            throws IOException {
        Element references = child(child(signature.getDocumentElement(), "SignedInfo"), "References");
        for (Element reference : children(references)) {
            byte[] file = entryFile(entries, path(reference.getAttribute("FileRef")));
            digest.reset();
            child(reference, "CheckValue").setTextContent(Base64.getEncoder().encodeToString(digest.digest(file)));
        }
    }

    /** {@code sNNN}, the standard's recommended signature identifier, for ofdrw's number. */
    static String signId(String id) {
        String trimmed = id.trim();
        return trimmed.matches("\\d+") ? "s" + String.format("%03d", Integer.parseInt(trimmed)) : trimmed;
    }

    private static String signaturesPath(Map<String, byte[]> entries) throws IOException {
        Document ofd = parse(entryFile(entries, "OFD.xml"));
        Element signatures = child(child(ofd.getDocumentElement(), "DocBody"), "Signatures");
        if (signatures == null) {
            throw new IOException("The sealed OFD names no Signatures.xml");
        }
        return path(signatures.getTextContent());
    }

    // --- package and DOM helpers

    private interface Fix {
        void apply(Document document) throws IOException;
    }

    private static void fixEntry(Map<String, byte[]> entries, String name, Fix fix) throws IOException {
        Document document = parse(entryFile(entries, name));
        fix.apply(document);
        entries.put(name, serialize(document));
    }

    private static byte[] entryFile(Map<String, byte[]> entries, String name) throws IOException {
        byte[] file = entries.get(name);
        if (file == null) {
            throw new IOException("The OFD package has no " + name);
        }
        return file;
    }

    /** A package path without its leading slash (ofdrw writes some absolute, some relative to the package root). */
    private static String path(String loc) {
        String trimmed = loc.trim();
        return trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
    }

    /**
     * Puts the children in the standard's order of their names, keeping the order among children of the same name;
     * a child whose name is not listed is refused, as the schema would refuse it.
     */
    private static void order(Element parent, List<String> names) {
        List<Element> children = children(parent);
        for (Element child : children) {
            if (!names.contains(child.getLocalName())) {
                throw new IllegalStateException("Unexpected " + child.getLocalName() + " in " + parent.getLocalName());
            }
        }
        for (String name : names) {
            for (Element child : children) {
                if (child.getLocalName().equals(name)) {
                    parent.appendChild(child);
                }
            }
        }
    }

    private static Element child(Element parent, String localName) {
        for (Element element : children(parent)) {
            if (element.getLocalName().equals(localName)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static Element text(Document document, String localName, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Element element = document.createElementNS(NS, "ofd:" + localName);
        element.setTextContent(value);
        return element;
    }

    private static void append(Element parent, Element child) {
        if (child != null) {
            parent.appendChild(child);
        }
    }

    private static Document parse(byte[] xml) throws IOException {
        try {
            return cn.jianyi.documents.ofd.OfdXml.parser().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new IOException("Unreadable XML in the OFD package: " + e.getMessage(), e);
        }
    }

    private static byte[] serialize(Document document) throws IOException {
        try {
            document.setXmlStandalone(true);
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            var out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException(e);
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    entries.put(path(entry.getName()), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /**
     * The package with the changed files replaced, through zip4j (one of ofdrw's own libraries), which copies the
     * other entries as they are compressed: a font embedded whole (15 MB for a rare character) is not deflated again.
     */
    static byte[] repack(byte[] zip, Map<String, byte[]> before, Map<String, byte[]> after) throws IOException {
        Path file = Files.createTempFile("jianyi-ofd-", ".ofd");
        try {
            Files.write(file, zip);
            try (var zipFile = new ZipFile(file.toFile())) {
                for (var entry : after.entrySet()) {
                    byte[] old = before.get(entry.getKey());
                    if (old != null && Arrays.equals(old, entry.getValue())) {
                        continue;
                    }
                    var parameters = new ZipParameters();
                    parameters.setFileNameInZip(entry.getKey());
                    parameters.setOverrideExistingFilesInZip(true);
                    zipFile.addStream(new ByteArrayInputStream(entry.getValue()), parameters);
                }
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
