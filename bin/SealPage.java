import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The seal page of a rendered letter as PNG images, to look at (GB/T 9704-2012 §7.3.5.1, ADR 0052):
 * {@code seal-page-pdf.png}, the PDF's page as PDFBox renders it, and {@code seal-page-ofd.png}, the same page with
 * the OFD's seal picture (read from its Seal.esl) drawn at the OFD's StampAnnot Boundary, the box a reader stamps.
 * The OFD's glyphs stand where the PDF's do (OfdLetterTests), so the page underneath is the PDF's.
 * <p>
 * Usage: see the README ("Looking at the seal page"): {@code java -cp <PDFBox 3 jars> bin/SealPage.java DIR}, after
 * {@code bin/jianyi render-demo DIR}.
 */
public class SealPage {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/render-demo");
        float dpi = 150;
        try (var ofd = new ZipFile(dir.resolve("reply.ofd").toFile());
             var pdf = Loader.loadPDF(dir.resolve("reply.pdf").toFile())) {
            String signature = read(ofd, "Doc_0/Signs/Sign_0/Signature.xml");
            Matcher annot = Pattern.compile("StampAnnot[^>]*Boundary=\"([^\"]+)\"[^>]*PageRef=\"(\\d+)\"")
                    .matcher(signature);
            if (!annot.find()) {
                throw new IllegalStateException("The OFD carries no StampAnnot");
            }
            String[] box = annot.group(1).trim().split("\\s+");
            int page = pageIndex(ofd, annot.group(2));
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, dpi);
            ImageIO.write(image, "PNG", dir.resolve("seal-page-pdf.png").toFile());

            byte[] esl = ofd.getInputStream(ofd.getEntry("Doc_0/Signs/Sign_0/Seal.esl")).readAllBytes();
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png(esl)));
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            double px = dpi / 25.4;
            g.drawImage(picture, (int) Math.round(Double.parseDouble(box[0]) * px),
                    (int) Math.round(Double.parseDouble(box[1]) * px),
                    (int) Math.round(Double.parseDouble(box[2]) * px),
                    (int) Math.round(Double.parseDouble(box[3]) * px), null);
            g.dispose();
            ImageIO.write(image, "PNG", dir.resolve("seal-page-ofd.png").toFile());
            System.out.println("page " + (page + 1) + ", StampAnnot " + annot.group(1) + " → "
                    + dir.resolve("seal-page-pdf.png") + ", " + dir.resolve("seal-page-ofd.png"));
        }
    }

    /** The 0-based index of the page with this ID in Document.xml. */
    private static int pageIndex(ZipFile ofd, String id) throws Exception {
        Matcher pages = Pattern.compile("<ofd:Page\\b[^>]*ID=\"(\\d+)\"").matcher(read(ofd, "Doc_0/Document.xml"));
        for (int i = 0; pages.find(); i++) {
            if (pages.group(1).equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("No page with ID " + id);
    }

    /** The PNG picture inside the seal (SES_ESPictrueInfo): from its signature to the end of its IEND chunk. */
    private static byte[] png(byte[] esl) {
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G'};
        byte[] end = "IEND".getBytes(StandardCharsets.US_ASCII);
        int start = indexOf(esl, magic, 0);
        int stop = indexOf(esl, end, start) + end.length + 4;
        byte[] png = new byte[stop - start];
        System.arraycopy(esl, start, png, 0, png.length);
        return png;
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("Not found in the seal");
    }

    private static String read(ZipFile zip, String name) throws Exception {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }
}
