package cn.jianyi.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * {@link LetterArchives} expands a ZIP upload into its letter files: GBK and UTF-8 names, base names only, no folders
 * or hidden files, nested archives reported; ZIP bombs and too many files refused per entry while the good entries
 * still come through; a broken ZIP is one refused file, never an exception.
 */
class LetterArchivesTests {

    private final LetterArchives archives = new LetterArchives(ArchiveSettings.defaults());
    private final byte[] letter = LetterReaderTests.corpus("002.txt").getBytes(StandardCharsets.UTF_8);

    /** A ZIP of the named entries in order (a name ending in / is a folder), names written in the charset. */
    static byte[] zip(Charset names, Object... nameThenContent) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
            for (int i = 0; i < nameThenContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) nameThenContent[i]));
                if (nameThenContent[i + 1] != null) {
                    zip.write((byte[]) nameThenContent[i + 1]);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, String> byName(List<LetterFile> files) {
        Map<String, String> result = new LinkedHashMap<>();
        files.forEach(file -> result.put(file.name(), file.refused() ? "refused: " + file.error()
                : file.content().length + " bytes"));
        return result;
    }

    @Test
    void expandsGbkAndUtf8NamesAsBaseNamesSkippingFoldersAndHiddenFiles() throws IOException {
        byte[] gbk = zip(Charset.forName("GBK"), "复函/", null, "复函/子洲县交通运输局复函.txt", letter,
                "__MACOSX/复函/._子洲县交通运输局复函.txt", new byte[] {0, 5, 22, 7}, "复函/.DS_Store", new byte[] {0, 0, 0, 1},
                "../../etc/越界.txt", letter, "C:\\Windows\\盘符.txt", letter, "内层.zip", zip(StandardCharsets.UTF_8,
                        "a.txt", letter), "伪装.dat", zip(StandardCharsets.UTF_8, "b.txt", letter), "空.txt", new byte[0]);
        byte[] utf8 = zip(StandardCharsets.UTF_8, "答复/新建区卫健委答复.html", letter);

        List<LetterFile> files = archives.expand("上传.zip", gbk);

        assertThat(byName(files)).containsExactly(
                Map.entry("子洲县交通运输局复函.txt", letter.length + " bytes"),
                Map.entry("越界.txt", letter.length + " bytes"),
                Map.entry("盘符.txt", letter.length + " bytes"),
                Map.entry("内层.zip", "refused: " + LetterArchives.NESTED),
                Map.entry("伪装.dat", "refused: " + LetterArchives.NESTED),
                Map.entry("空.txt", "0 bytes"));
        assertThat(files.get(0).content()).isEqualTo(letter);
        assertThat(byName(archives.expand("upload.zip", utf8))).containsOnlyKeys("新建区卫健委答复.html");
    }

    @Test
    void passesASingleFileThroughAndADocxIsNoArchive() throws IOException {
        byte[] docx = zip(StandardCharsets.UTF_8, "[Content_Types].xml", new byte[10], "word/document.xml", letter);

        assertThat(archives.expand("dir/002.txt", letter)).singleElement()
                .satisfies(file -> assertThat(file.name()).isEqualTo("002.txt"))
                .satisfies(file -> assertThat(file.content()).isEqualTo(letter));
        assertThat(archives.isArchive("002.docx", docx)).isFalse();
        assertThat(archives.isArchive("002", docx)).isFalse();
        assertThat(archives.isArchive("letters", zip(StandardCharsets.UTF_8, "a.txt", letter))).isTrue();
        assertThat(archives.expand("002.docx", docx)).singleElement()
                .satisfies(file -> assertThat(file.content()).isEqualTo(docx));
    }

    @Test
    void refusesAZipBombEntryByTheBytesItInflatesToAndKeepsTheOtherEntries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("before.txt"));
            zip.write(letter);
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.putNextEntry(new ZipEntry("after.txt"));
            zip.write(letter);
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(1024 * 1024);

        long start = System.nanoTime();
        List<LetterFile> files = archives.expand("bomb.zip", out.toByteArray());

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
        assertThat(byName(files)).containsExactly(
                Map.entry("before.txt", letter.length + " bytes"),
                Map.entry("bomb.txt", "refused: 压缩比异常（超过 100 倍），疑似压缩炸弹，已拒绝"),
                Map.entry("after.txt", letter.length + " bytes"));
    }

    @Test
    void refusesAnEntryLargerThanTheLimitEvenWhenItCompressesPoorly() throws IOException {
        byte[] noise = new byte[3 * 1024];
        new Random(11).nextBytes(noise);
        LetterArchives small = new LetterArchives(new ArchiveSettings(DataSize.ofKilobytes(2), 10,
                DataSize.ofMegabytes(1)));

        assertThat(byName(small.expand("a.zip", zip(StandardCharsets.UTF_8, "noise.bin", noise, "ok.txt",
                "复函正文".getBytes(StandardCharsets.UTF_8))))).containsExactly(
                Map.entry("noise.bin", "refused: 解压后超过 2.0 KB 的上限，已拒绝"),
                Map.entry("ok.txt", "12 bytes"));
    }

    @Test
    void refusesFilesBeyondTheMaximumCountAndSize() throws IOException {
        List<LetterFile> files = archives.expand("many.zip", zip(StandardCharsets.UTF_8, letters(600)));

        assertThat(files).hasSize(501);
        assertThat(files.subList(0, 500)).noneMatch(LetterFile::refused);
        assertThat(files.get(500)).extracting(LetterFile::name, LetterFile::error)
                .containsExactly("letter-500.txt", "压缩包内文件超过 500 个，此文件及其后的文件未读取");
        assertThat(byName(archives.expand("more.zip", zip(StandardCharsets.UTF_8, letters(6000)))))
                .containsExactly(Map.entry("more.zip", "refused: 压缩包内文件过多（约 6000 个），上限 500 个，未解压"));

        byte[] text = new byte[250 * 1000];                     // compresses about fourfold: no bomb
        Random random = new Random(3);
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) ('a' + random.nextInt(4));
        }
        LetterArchives limited = new LetterArchives(new ArchiveSettings(DataSize.ofMegabytes(1), 100,
                DataSize.ofMegabytes(1)));
        assertThat(byName(limited.expand("big.zip", zip(StandardCharsets.UTF_8, "1.txt", text, "2.txt", text,
                "3.txt", text, "4.txt", text, "5.txt", text, "6.txt", text, "7.txt", text)))).containsExactly(
                Map.entry("1.txt", text.length + " bytes"),
                Map.entry("2.txt", text.length + " bytes"),
                Map.entry("3.txt", text.length + " bytes"),
                Map.entry("4.txt", text.length + " bytes"),
                Map.entry("5.txt", "refused: 解压后总大小超过上限 1 MB，此文件及其后的文件未读取"),
                Map.entry("（其余 2 个文件）", "refused: 解压后总大小超过上限 1 MB，未读取"));
    }

    private static Object[] letters(int count) {
        Object[] letters = new Object[2 * count];
        for (int i = 0; i < count; i++) {
            letters[2 * i] = "letter-" + i + ".txt";
            letters[2 * i + 1] = ("复函 " + i).getBytes(StandardCharsets.UTF_8);
        }
        return letters;
    }

    @Test
    void aBrokenZipIsOneRefusedFile() {
        byte[] broken = new byte[2000];
        new Random(5).nextBytes(broken);
        broken[0] = 'P';
        broken[1] = 'K';
        broken[2] = 3;
        broken[3] = 4;

        assertThat(byName(archives.expand("坏的.zip", broken)))
                .containsExactly(Map.entry("坏的.zip", "refused: 压缩包已损坏或不是 ZIP 格式，无法解压"));
        try {
            byte[] truncated = zip(StandardCharsets.UTF_8, "a.txt", letter);
            byte[] half = java.util.Arrays.copyOf(truncated, truncated.length / 2);
            assertThat(archives.expand("half.zip", half)).singleElement().satisfies(file -> assertThat(file.refused())
                    .isTrue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
