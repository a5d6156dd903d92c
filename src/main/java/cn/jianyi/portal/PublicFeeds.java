package cn.jianyi.portal;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Component;

/**
 * The portal's Atom feed of new publications (RFC 4287) and its sitemap (sitemaps.org 0.9), written with StAX so that
 * every text is escaped. Both hold only what the list shows: titles, units, dates and the start of the redacted reply.
 */
@Component
public class PublicFeeds {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int SUMMARY = 200;

    /** The feed of these copies, newest first; {@code base} is the site's address. */
    public String atom(List<PublicCase> copies, String base, Instant now) {
        return write(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "zh-CN");
            element(xml, "id", base + "/public/feed.atom");
            element(xml, "title", "建议办理结果公开");
            element(xml, "updated", time(copies.isEmpty() ? now : copies.get(0).publishedAt()));
            link(xml, "self", base + "/public/feed.atom");
            link(xml, "alternate", base + "/public");
            for (PublicCase c : copies) {
                xml.writeStartElement("entry");
                element(xml, "id", base + "/public/cases/" + c.id());
                element(xml, "title", c.suggestionTitle());
                element(xml, "updated", time(c.publishedAt()));
                element(xml, "published", time(c.publishedAt()));
                xml.writeStartElement("author");
                element(xml, "name", c.unitName());
                xml.writeEndElement();
                link(xml, "alternate", base + "/public/cases/" + c.id());
                String body = c.replyBody().strip();
                element(xml, "summary", c.documentNumber() + "　" + (body.length() > SUMMARY
                        ? body.substring(0, SUMMARY) + "……" : body));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** The sitemap: the list, and each item with its publication date. */
    public String sitemap(List<Map.Entry<Long, Instant>> items, String base) {
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeStartElement("url");
            element(xml, "loc", base + "/public");
            xml.writeEndElement();
            for (var item : items) {
                xml.writeStartElement("url");
                element(xml, "loc", base + "/public/cases/" + item.getKey());
                element(xml, "lastmod", DateTimeFormatter.ISO_LOCAL_DATE.format(item.getValue().atOffset(ZoneOffset.UTC)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        try {
            var out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
