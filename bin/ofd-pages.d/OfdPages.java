import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.ofdrw.converter.ImageMaker;
import org.ofdrw.reader.OFDReader;

/**
 * Draws the pages of an OFD file as PNG images with an OFD renderer (ofdrw-converter's ImageMaker: it reads the
 * OFD's own XML, embedded fonts and StampAnnot, not the PDF the letter was laid out from), to look at. Usage:
 * {@code bin/ofd-pages FILE.ofd [PAGE]} writes {@code FILE-page-N.png} beside the file, 6 pixels per mm (~150 dpi).
 */
public class OfdPages {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int only = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        String stem = file.getFileName().toString().replaceFirst("\\.ofd$", "");
        try (OFDReader reader = new OFDReader(file)) {
            ImageMaker maker = new ImageMaker(reader, 6);
            for (int page = 1; page <= maker.pageSize(); page++) {
                if (only == 0 || only == page) {
                    Path png = file.resolveSibling(stem + "-page-" + page + ".png");
                    ImageIO.write(maker.makePage(page - 1), "png", png.toFile());
                    System.out.println(png);
                }
            }
        }
    }
}
