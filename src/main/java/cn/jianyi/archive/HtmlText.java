package cn.jianyi.archive;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.mime.MediaType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page's text: its charset from a byte order mark, the page's meta element or the bytes; scripts, styles and
 * navigation dropped; block elements and line breaks as lines, table cells apart by tabs.
 */
final class HtmlText implements FormatReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

    @Override
    public String format() {
        return "html";
    }

    @Override
    public boolean reads(MediaType type) {
        return type.equals(MediaType.text("html")) || type.equals(MediaType.application("xhtml+xml"));
    }

    @Override
    public String text(byte[] content, String file) {
        Document page = Jsoup.parse(htmlSource(content));
        page.select("script, style, noscript, template, nav, iframe, object, embed, svg, head, select, button")
                .remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new PageText(text), page.body() == null ? page : page.body());
        return text.toString();
    }

    /** The page's text in its charset: a byte order mark, else the declared charset if it decodes, else detected. */
    private static String htmlSource(byte[] content) {
        if (TextDecoding.byteOrderMark(content).isPresent()) {
            return TextDecoding.decode(content).orElseGet(() -> lenient(content, TextDecoding.byteOrderMark(content)
                    .orElseThrow()));
        }
        Optional<Charset> declared = declaredCharset(content);
        if (declared.isPresent()) {
            Optional<String> text = TextDecoding.strict(content, 0, declared.get());
            if (text.isPresent()) {
                return text.get();
            }
        }
        return TextDecoding.decode(content).orElseGet(() -> lenient(content, declared.orElse(StandardCharsets.UTF_8)));
    }

    private static String lenient(byte[] content, Charset charset) {
        return new String(content, charset);
    }

    /** The charset a meta element near the start names (GB2312 and GBK read as their superset GB18030). */
    private static Optional<Charset> declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (!meta.find()) {
            return Optional.empty();
        }
        String name = meta.group(1).toUpperCase(Locale.ROOT);
        if (name.equals("GB2312") || name.equals("GBK") || name.equals("X-GBK") || name.equals("GB_2312-80")) {
            return Optional.of(TextDecoding.GB18030);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Collects a page's text: block elements and {@code br} end lines, table cells are apart by a tab. */
    private static final class PageText implements NodeVisitor {

        private static final Set<String> BLOCKS = Set.of("address", "article", "aside",
                "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
                "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "title", "body");

        private final StringBuilder text;
        private int pre;
        private int rowStart;

        PageText(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String chunk = textNode.getWholeText().replace('\u00a0', ' ');
                if (pre == 0) {
                    chunk = chunk.replaceAll("[ \\t\\r\\n\\f]+", " ");
                    if (chunk.startsWith(" ") && (text.isEmpty() || endsWithSpace())) {
                        chunk = chunk.substring(1);
                    }
                }
                text.append(chunk);
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    text.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    lineBreak();
                } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
                    // a paragraph that ended the previous cell does not end the row
                    while (text.length() > rowStart && Character.isWhitespace(text.charAt(text.length() - 1))) {
                        text.setLength(text.length() - 1);
                    }
                    text.append('\t');
                }
                if (tag.equals("tr")) {
                    rowStart = text.length();
                }
                if (tag.equals("pre") || tag.equals("textarea")) {
                    pre++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCKS.contains(tag)) {
                    lineBreak();
                }
                if (tag.equals("pre") || tag.equals("textarea")) {
                    pre--;
                }
            }
        }

        private boolean endsWithSpace() {
            char last = text.charAt(text.length() - 1);
            return last == ' ' || last == '\n' || last == '\t';
        }

        private void trimSpace() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }

        private void lineBreak() {
            trimSpace();
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        }
    }
}
