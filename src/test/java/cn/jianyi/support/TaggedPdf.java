package cn.jianyi.support;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDArtifactMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF read back with PDFBox the way a screen reader walks it: the structure tree in order, each element with
 * the text of the marked content it owns (through its MCIDs, on whichever page), and per page what the content
 * stream leaves outside the structure (artifacts) or outside any marked content at all (untagged: PDF/UA forbids it).
 */
public final class TaggedPdf {

    /** A structure element: its type, /Alt, the table attributes' /Scope (or null), its text and its children. */
    public record Element(String type, String alt, String scope, String text, List<Element> kids) {

        /** This element and every descendant, in document order. */
        public Stream<Element> all() {
            return Stream.concat(Stream.of(this), kids.stream().flatMap(Element::all));
        }
    }

    private final List<PDPage> pages = new ArrayList<>();
    /** Per page, the text of each marked-content sequence with an MCID. */
    private final List<Map<Integer, String>> byMcid = new ArrayList<>();
    private final List<String> artifactText = new ArrayList<>();
    private final List<Integer> untagged = new ArrayList<>();
    private final Set<String> referenced = new HashSet<>();
    /** Per "page:mcid" the structure element's dictionary that claims it. */
    private final Map<String, COSDictionary> claimedBy = new HashMap<>();
    private final List<String> parentTreeMismatches = new ArrayList<>();
    private final Element document;

    private TaggedPdf(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            pages.add(page);
            var extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            var texts = new HashMap<Integer, String>();
            var artifacts = new StringBuilder();
            collect(extractor.getMarkedContents(), texts, artifacts);
            byMcid.add(texts);
            artifactText.add(artifacts.toString());
            untagged.add(untaggedOperations(page));
        }
        var root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            throw new IllegalStateException("the PDF is not tagged: no StructTreeRoot");
        }
        var kids = new ArrayList<Element>();
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement element) {
                kids.add(element(element, null));
            }
        }
        document = kids.size() == 1 ? kids.get(0) : new Element("(root)", null, null, "", kids);
        checkParentTree(root.getParentTree());
    }

    /** The ParentTree names, for every claimed MCID of a page, the element that claims it (what readers look up). */
    private void checkParentTree(PDNumberTreeNode parentTree) throws IOException {
        for (var claim : claimedBy.entrySet()) {
            String[] at = claim.getKey().split(":");
            PDPage page = pages.get(Integer.parseInt(at[0]));
            int mcid = Integer.parseInt(at[1]);
            Object value = parentTree == null ? null : parentTree.getValue(page.getStructParents());
            COSBase parents = value instanceof COSObjectable objectable ? objectable.getCOSObject() : null;
            COSBase parent = parents instanceof COSArray array && mcid < array.size() ? array.getObject(mcid) : null;
            if (parent != claim.getValue()) {
                parentTreeMismatches.add(claim.getKey());
            }
        }
    }

    /** Claimed MCIDs ("page:mcid") whose page's ParentTree entry names another element or none. */
    public List<String> parentTreeMismatches() {
        return List.copyOf(parentTreeMismatches);
    }

    public static TaggedPdf read(PDDocument pdf) throws IOException {
        return new TaggedPdf(pdf);
    }

    /** The structure tree's top element (Document). */
    public Element document() {
        return document;
    }

    /** Every element of a standard type (H1, Figure, TH …), in reading order. */
    public List<Element> elements(String type) {
        return document.all().filter(e -> e.type().equals(type)).toList();
    }

    /** The text of the whole structure tree in reading order: what a screen reader reads. */
    public String textInReadingOrder() {
        return document.text();
    }

    /** The text drawn as artifacts on a page (0-based): page numbers and the like, which a screen reader skips. */
    public String artifactText(int page) {
        return artifactText.get(page);
    }

    /** Text, path and image operations of a page drawn outside any marked content (PDF/UA 7.1: none). */
    public int untaggedOperations(int page) {
        return untagged.get(page);
    }

    /** Marked content with an MCID that no structure element refers to, as "page:mcid". */
    public List<String> unreferencedMarkedContent() {
        var missing = new ArrayList<String>();
        for (int p = 0; p < byMcid.size(); p++) {
            for (Integer mcid : byMcid.get(p).keySet()) {
                if (!referenced.contains(p + ":" + mcid)) {
                    missing.add(p + ":" + mcid);
                }
            }
        }
        return missing;
    }

    public int pageCount() {
        return pages.size();
    }

    private Element element(PDStructureElement element, PDPage inherited) {
        PDPage page = element.getPage() != null ? element.getPage() : inherited;
        var text = new StringBuilder();
        var kids = new ArrayList<Element>();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                Element read = element(child, page);
                kids.add(read);
                text.append(read.text());
            } else if (kid instanceof Integer mcid) {
                text.append(marked(page, mcid, element));
            } else if (kid instanceof PDMarkedContentReference reference) {
                text.append(marked(reference.getPage() != null ? reference.getPage() : page, reference.getMCID(),
                        element));
            }
        }
        return new Element(element.getStructureType(), element.getAlternateDescription(), scope(element),
                text.toString(), List.copyOf(kids));
    }

    private String marked(PDPage page, int mcid, PDStructureElement element) {
        int index = pages.indexOf(page);
        if (index < 0) {
            throw new IllegalStateException("a structure element refers to MCID " + mcid + " on no page");
        }
        referenced.add(index + ":" + mcid);
        claimedBy.put(index + ":" + mcid, element.getCOSObject());
        return byMcid.get(index).getOrDefault(mcid, "");
    }

    private static String scope(PDStructureElement element) {
        COSBase attributes = element.getCOSObject().getDictionaryObject(COSName.A);
        return attributes instanceof COSDictionary dict ? dict.getNameAsString(COSName.getPDFName("Scope")) : null;
    }

    private static void collect(List<PDMarkedContent> contents, Map<Integer, String> texts, StringBuilder artifacts) {
        for (PDMarkedContent content : contents) {
            var text = new StringBuilder();
            append(content, text);
            if (content instanceof PDArtifactMarkedContent || "Artifact".equals(content.getTag())) {
                artifacts.append(text);
            } else if (content.getMCID() >= 0) {
                texts.merge(content.getMCID(), text.toString(), String::concat);
            }
        }
    }

    private static void append(PDMarkedContent content, StringBuilder text) {
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                append(nested, text);
            }
        }
    }

    private static final Set<String> DRAWING = Set.of("Tj", "TJ", "'", "\"", "f", "F", "f*", "S", "s", "B", "B*",
            "b", "b*", "Do", "sh", "BI");

    private static int untaggedOperations(PDPage page) throws IOException {
        int count = 0;
        Deque<Boolean> open = new ArrayDeque<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator operator) {
                String name = operator.getName();
                if (name.equals("BDC") || name.equals("BMC")) {
                    open.push(Boolean.TRUE);
                } else if (name.equals("EMC")) {
                    open.pop();
                } else if (open.isEmpty() && DRAWING.contains(name)) {
                    count++;
                }
            }
        }
        return count;
    }
}
