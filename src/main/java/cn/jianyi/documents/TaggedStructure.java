package cn.jianyi.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDArtifactMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Corrects two things openhtmltopdf's PDF/UA mode leaves in the structure of a tagged PDF (ADR 0056), after it has
 * rendered and before the document is saved:
 * <ul>
 * <li>every table gets a THead and a TFoot, also when it has neither: the empty ones go (a reader would announce an
 * empty header group);</li>
 * <li>a paginated table ({@code -fs-table-paginate}) draws its header again on every later page and tags each
 * repetition as more content of the same TH cells, so a reader would hear the header once per page: the
 * repetitions become Pagination artifacts (their marked content re-tagged in the page's content stream, their
 * references and ParentTree entries removed), as the page numbers are.</li>
 * </ul>
 * Nothing drawn changes: only marked-content operators' tags and properties, and the structure tree.
 */
final class TaggedStructure {

    private TaggedStructure() {
    }

    static void tidy(PDDocument document) throws IOException {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        dropEmptyTableGroups(root);
        Map<PDPage, Set<Integer>> repeats = new HashMap<>();
        collectRepeatedHeaders(root, repeats);
        if (repeats.isEmpty()) {
            return;
        }
        for (var page : repeats.entrySet()) {
            toArtifacts(document, page.getKey(), page.getValue());
            clearParentTree(root, page.getKey(), page.getValue());
        }
    }

    /**
     * Text drawn in a first-page margin box that a reader must hear (the class mark in a corner: openhtmltopdf makes
     * every margin box a Pagination artifact) becomes a P read first: its marked content on page 1 is re-tagged
     * with a new MCID, a P element for it goes before the Document's first kid, and the page's ParentTree array
     * gains its entry. A text not found as an artifact of page 1 is left alone. The document must have been saved
     * and loaded again: before saving, the subset fonts have no ToUnicode map yet and the text cannot be read.
     */
    static void readFirstPageMarginText(PDDocument document, List<String> texts) throws IOException {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (texts.isEmpty() || root == null || root.getKids().isEmpty()
                || !(root.getKids().get(0) instanceof PDStructureElement documentElement)) {
            return;
        }
        PDPage page = document.getPage(0);
        var extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        List<PDMarkedContent> sequences = extractor.getMarkedContents();
        COSArray parents = parentsOf(root.getParentTree().getCOSObject(), page.getStructParents()) instanceof COSArray a
                ? a : null;
        if (parents == null) {
            return;
        }
        List<Object> tokens = new ArrayList<>(new PDFStreamParser(page).parse());
        boolean changed = false;
        for (String wanted : texts) {
            int sequence = -1;
            for (int i = 0; i < sequences.size(); i++) {
                if (sequences.get(i) instanceof PDArtifactMarkedContent && wanted.equals(text(sequences.get(i)))) {
                    sequence = i;
                    break;
                }
            }
            int operator = sequence < 0 ? -1 : topLevelMarkedContent(tokens, sequence);
            if (operator < 2) {
                continue;
            }
            int mcid = parents.size();
            var properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            tokens.set(operator - 2, COSName.getPDFName(StandardStructureTypes.SPAN));
            tokens.set(operator - 1, properties);
            var paragraph = new PDStructureElement(StandardStructureTypes.P, documentElement);
            paragraph.setPage(page);
            paragraph.appendKid(new PDMarkedContent(COSName.getPDFName(StandardStructureTypes.SPAN), properties));
            documentElement.insertBefore(paragraph, documentElement.getKids().get(0));
            parents.add(paragraph);
            changed = true;
        }
        if (changed) {
            writeContents(document, page, tokens);
        }
    }

    /** The index of the BDC/BMC operator that opens the n-th top-level marked-content sequence, or -1. */
    private static int topLevelMarkedContent(List<Object> tokens, int n) {
        int depth = 0;
        int seen = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator operator) {
                String name = operator.getName();
                if (name.equals("BDC") || name.equals("BMC")) {
                    if (depth == 0 && ++seen == n) {
                        return name.equals("BDC") ? i : -1;
                    }
                    depth++;
                } else if (name.equals("EMC")) {
                    depth--;
                }
            }
        }
        return -1;
    }

    private static String text(PDMarkedContent content) {
        var text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                text.append(text(nested));
            }
        }
        return text.toString();
    }

    private static void dropEmptyTableGroups(PDStructureNode node) {
        for (Object kid : List.copyOf(node.getKids())) {
            if (kid instanceof PDStructureElement element) {
                String type = element.getStructureType();
                if ((StandardStructureTypes.T_HEAD.equals(type) || StandardStructureTypes.T_FOOT.equals(type))
                        && element.getKids().isEmpty()) {
                    node.removeKid(element);
                } else {
                    dropEmptyTableGroups(element);
                }
            }
        }
    }

    private static void collectRepeatedHeaders(PDStructureNode node, Map<PDPage, Set<Integer>> repeats) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (StandardStructureTypes.T_HEAD.equals(element.getStructureType()) && element.getPage() != null) {
                    removeLaterPages(element, element.getPage(), repeats);
                } else {
                    collectRepeatedHeaders(element, repeats);
                }
            }
        }
    }

    /** Below a THead, removes every marked-content reference to a page other than the head's own, noting it. */
    private static void removeLaterPages(PDStructureElement element, PDPage headPage,
                                         Map<PDPage, Set<Integer>> repeats) {
        for (Object kid : List.copyOf(element.getKids())) {
            if (kid instanceof PDStructureElement child) {
                removeLaterPages(child, headPage, repeats);
            } else if (kid instanceof PDMarkedContentReference reference && reference.getPage() != null
                    && !reference.getPage().getCOSObject().equals(headPage.getCOSObject())) {
                element.removeKid(reference);
                repeats.computeIfAbsent(reference.getPage(), any -> new HashSet<>()).add(reference.getMCID());
            }
        }
    }

    /** Re-tags the marked content of these MCIDs on the page as Pagination artifacts. */
    private static void toArtifacts(PDDocument document, PDPage page, Set<Integer> mcids) throws IOException {
        List<Object> tokens = new ArrayList<>(new PDFStreamParser(page).parse());
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator operator && operator.getName().equals("BDC") && i >= 2
                    && tokens.get(i - 1) instanceof COSDictionary properties
                    && mcids.contains(properties.getInt(COSName.MCID))) {
                var artifact = new COSDictionary();
                artifact.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
                tokens.set(i - 2, COSName.ARTIFACT);
                tokens.set(i - 1, artifact);
            }
        }
        writeContents(document, page, tokens);
    }

    private static void writeContents(PDDocument document, PDPage page, List<Object> tokens) throws IOException {
        var stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(stream);
    }

    /** The page's ParentTree array no longer names a parent for the MCIDs that are now artifacts. */
    private static void clearParentTree(PDStructureTreeRoot root, PDPage page, Set<Integer> mcids) {
        int key = page.getStructParents();
        if (key >= 0 && root.getParentTree() != null
                && parentsOf(root.getParentTree().getCOSObject(), key) instanceof COSArray parents) {
            for (int mcid : mcids) {
                if (mcid < parents.size()) {
                    parents.set(mcid, COSNull.NULL);
                }
            }
        }
    }

    /** The value of a key in a number tree's node or its kids. */
    private static COSBase parentsOf(COSDictionary node, int key) {
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSInteger number && number.intValue() == key) {
                    return nums.getObject(i + 1);
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                COSBase found = kids.getObject(i) instanceof COSDictionary kid ? parentsOf(kid, key) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
