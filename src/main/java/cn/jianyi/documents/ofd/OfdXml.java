package cn.jianyi.documents.ofd;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * The one way OFD package XML is parsed here (the schema check and the engine's corrections after ofdrw): the
 * JDK's parser, namespace-aware, with secure processing and no DOCTYPE, so that no entity and no external resource is
 * ever resolved from a file we read.
 */
public final class OfdXml {

    private OfdXml() {
    }

    /** A new parser as above; its error handler is the caller's to set. */
    public static DocumentBuilder parser() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a secure-processing feature", e);
        }
    }
}
