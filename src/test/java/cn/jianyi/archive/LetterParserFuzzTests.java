package cn.jianyi.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bounded, seeded property test: every corpus letter mutated many times (spans deleted, duplicated, swapped,
 * random CJK, ASCII and control characters inserted, truncated, lines shuffled, punctuation swapped between ASCII and
 * full width); parsing never throws, every field is there with a confidence in [0, 1], lists are never null. The
 * one parser shared by several threads gives the same fields as on one.
 */
class LetterParserFuzzTests {

    static final int MUTATIONS = 200;
    private static final String PIECES = "〔〕【】﹝﹞:：,，()（）、。;年月日号號第届次会议人大政协代表委员抄送抄报联系人电话类别"
            + "签发人0123456789ABCD □☑√<input checked>附件\n\n\t 关(guān)于等名";

    private final LetterParser parser = new LetterParser();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void survivesMutatedLetters() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(LetterParserAccuracyTests.CORPUS)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        long start = System.nanoTime();
        int parsed = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Random random = new Random(file.getFileName().toString().hashCode() * 31L + 7);
            for (int i = 0; i < MUTATIONS; i++) {
                String mutated = text;
                int steps = 1 + random.nextInt(3);
                for (int s = 0; s < steps; s++) {
                    mutated = mutate(mutated, random);
                }
                check(parser.parse(new LetterText(file.getFileName().toString(), "txt", mutated)), mutated);
                parsed++;
            }
        }
        System.out.printf("%nfuzz: %d mutated letters parsed in %.1f s%n", parsed, (System.nanoTime() - start) / 1e9);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void survivesPathologicalTexts() {
        String[] texts = {
            "第".repeat(50_000), "届次会议".repeat(20_000), "联系人:".repeat(20_000), "抄送:".repeat(20_000),
            "满意□".repeat(20_000), "(guān)".repeat(20_000), "关".repeat(100_000) + "于", "1".repeat(100_000),
            "〔2023〕".repeat(10_000) + "号", "\n".repeat(100_000), "尊敬的" + "张、".repeat(20_000) + "代表:",
            "\u0000\u0001\u0002\ud800\udfff\uffff"};
        for (String text : texts) {
            check(parser.parse(new LetterText("x.txt", "txt", text)), text);
        }
        check(parser.parse(new LetterText("null.txt", "txt", null)), "");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void parsesAlikeOnSeveralThreads() throws Exception {
        List<LetterText> letters = new ArrayList<>();
        try (Stream<Path> listing = Files.list(LetterParserAccuracyTests.CORPUS)) {
            for (Path file : listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                letters.add(new LetterText(file.getFileName().toString(), "txt",
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        List<Map<String, Object>> expected = letters.stream().map(l -> parser.parse(l).values()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < letters.size(); i++) {
                            if (!parser.parse(letters.get(i)).values().equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).as("the same fields on every thread").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void check(ParsedLetter letter, String text) {
        assertThat(letter.fields()).hasSize(18);
        letter.fields().forEach((key, field) -> {
            assertThat(field).as(key).isNotNull();
            assertThat(field.confidence()).as(key).isBetween(0.0, 1.0);
            if (field.value() instanceof List<?> list) {
                assertThat(list).as(key).doesNotContainNull();
            }
        });
        assertThat(letter.addressees().value()).isNotNull();
        assertThat(letter.contactPhones().value()).isNotNull();
        assertThat(letter.cc().value()).isNotNull();
        assertThat(letter.values()).containsKey("file");
    }

    private static String mutate(String text, Random random) {
        int length = text.length();
        int a = length == 0 ? 0 : random.nextInt(length + 1);
        int b = length == 0 ? 0 : Math.min(length, a + random.nextInt(Math.max(1, length / 4)));
        switch (random.nextInt(8)) {
            case 0:
                return text.substring(0, a) + text.substring(b);
            case 1:
                return text.substring(0, b) + text.substring(a, b) + text.substring(b);
            case 2: {
                int c = length == 0 ? 0 : random.nextInt(length + 1);
                int d = Math.min(length, c + random.nextInt(Math.max(1, length / 4)));
                if (d <= a) {
                    return text.substring(0, c) + text.substring(a, b) + text.substring(d, a) + text.substring(c, d)
                            + text.substring(b);
                }
                return text.substring(0, a) + text.substring(b);
            }
            case 3:
                return text.substring(0, a) + randomChars(random) + text.substring(a);
            case 4:
                return text.substring(0, a);
            case 5: {
                List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
                Collections.shuffle(lines, random);
                return String.join("\n", lines);
            }
            case 6:
                return random.nextBoolean()
                        ? text.replace(':', '：').replace(',', '，').replace('(', '（').replace(')', '）')
                        : text.replace('：', ':').replace('，', ',').replace('（', '(').replace('）', ')');
            default: {
                char[] chars = text.toCharArray();
                for (int i = 0; i < chars.length; i++) {
                    if (random.nextInt(20) == 0 && !Character.isLetterOrDigit(chars[i])) {
                        chars[i] = PIECES.charAt(random.nextInt(PIECES.length()));
                    }
                }
                return new String(chars);
            }
        }
    }

    private static String randomChars(Random random) {
        StringBuilder out = new StringBuilder();
        int count = 1 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(4)) {
                case 0 -> out.append((char) (0x4E00 + random.nextInt(0x9FFF - 0x4E00)));
                case 1 -> out.append((char) (0x20 + random.nextInt(0x5F)));
                case 2 -> out.append((char) random.nextInt(0x20));
                default -> out.append(PIECES.charAt(random.nextInt(PIECES.length())));
            }
        }
        return out.toString();
    }
}
