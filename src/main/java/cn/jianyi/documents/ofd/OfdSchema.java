package cn.jianyi.documents.ofd;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks every XML file of an OFD package against Jianyi's own schemas of GB/T 33190-2016 Annex A
 * ({@code ofd-schema/*.xsd}, ADR 0051), with the JDK's validator only: no OFD library is involved. Each file must
 * also have the root element its role asks for (OFD.xml an {@code OFD}, a page's Content.xml a {@code Page} …).
 */
public final class OfdSchema {

    static final String NAMESPACE = "http://www.ofdspec.org/2016";

    private static final String SCHEMA_DIR = "classpath:/ofd-schema/";
    private static final Schema SCHEMA = load();

    private OfdSchema() {
    }

    /** The first error of one file, as the validator words it, with its line. */
    public record Problem(String file, String message) {

        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    /** The XML files of the package checked, and the first error of each file that is not valid (none when valid). */
    public record Result(List<String> files, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty() && !files.isEmpty();
        }

        /** {@code schema: valid (N files)} or {@code schema: invalid, } and the first error. */
        public String summary() {
            if (files.isEmpty()) {
                return "schema: no OFD XML files found";
            }
            return valid() ? "schema: valid (" + files.size() + " XML files)"
                    : "schema: invalid, " + problems.size() + " of " + files.size() + " files; first: "
                            + problems.get(0);
        }
    }

    /** Validates each XML file of the OFD (a ZIP package) against the schema of its role. */
    public static Result check(byte[] ofd) {
        Map<String, byte[]> xmlFiles = xmlFiles(ofd);
        List<Problem> problems = new ArrayList<>();
        for (var file : xmlFiles.entrySet()) {
            String problem = problem(file.getKey(), file.getValue());
            if (problem != null) {
                problems.add(new Problem(file.getKey(), problem));
            }
        }
        return new Result(List.copyOf(xmlFiles.keySet()), problems);
    }

    /** The root element the standard gives a file of the package, by its name; {@code null} for a file it ignores. */
    static String expectedRoot(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.equals("OFD.xml")) {
            return "OFD";
        }
        return switch (name) {
            case "Document.xml" -> "Document";
            case "PublicRes.xml", "DocumentRes.xml", "Res.xml" -> "Res";
            case "Content.xml" -> "Page";
            case "Signatures.xml" -> "Signatures";
            case "Signature.xml" -> "Signature";
            default -> name.endsWith(".xml") ? "?" : null;
        };
    }

    private static String problem(String path, byte[] xml) {
        String root = expectedRoot(path);
        if (root.equals("?")) {
            return "an XML file that Jianyi does not write and its schemas do not cover";
        }
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            return "line " + e.getLineNumber() + ": not well-formed: " + e.getMessage();
        } catch (SAXException | IOException e) {
            return "not readable: " + e.getMessage();
        }
        var element = document.getDocumentElement();
        if (!NAMESPACE.equals(element.getNamespaceURI()) || !element.getLocalName().equals(root)) {
            return "root element {" + element.getNamespaceURI() + "}" + element.getLocalName() + ", expected {"
                    + NAMESPACE + "}" + root;
        }
        try {
            SCHEMA.newValidator().validate(new DOMSource(document, path));
            return null;
        } catch (SAXException | IOException e) {
            return e.getMessage();
        }
    }

    private static Map<String, byte[]> xmlFiles(byte[] ofd) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName();
                if (!entry.isDirectory() && expectedRoot(name) != null) {
                    files.put(name, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static javax.xml.parsers.DocumentBuilder parser() {
        var builder = OfdXml.parser();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;  // reported as the file's problem, not printed
            }
        });
        return builder;
    }

    /** Compiles the schemas from the class path; their includes are resolved there too, never from outside. */
    private static Schema load() {
        try {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                var input = new SchemaInput(systemId, baseUri);
                input.setByteStream(schemaFile(systemId.substring(systemId.lastIndexOf('/') + 1)));
                return input;
            });
            return factory.newSchema(new StreamSource(schemaFile("OfdSchemas.xsd"), SCHEMA_DIR + "OfdSchemas.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("The OFD schemas do not compile: " + e.getMessage(), e);
        }
    }

    private static InputStream schemaFile(String name) {
        InputStream in = OfdSchema.class.getResourceAsStream("/ofd-schema/" + name);
        if (in == null) {
            throw new IllegalStateException("ofd-schema/" + name + " is not on the class path");
        }
        return in;
    }

    /** An included schema file, read from the class path. */
    private static final class SchemaInput implements LSInput {

        private final String systemId;
        private final String baseUri;
        private InputStream bytes;

        SchemaInput(String systemId, String baseUri) {
            this.systemId = systemId;
            this.baseUri = baseUri;
        }

        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader characterStream) { }
        @Override public InputStream getByteStream() { return bytes; }
        @Override public void setByteStream(InputStream byteStream) { this.bytes = byteStream; }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return SCHEMA_DIR + systemId.substring(systemId.lastIndexOf('/') + 1); }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return baseUri; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
