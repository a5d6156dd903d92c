package cn.jianyi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.jianyi.archive.MatchingText;
import cn.jianyi.insight.LetterRetrieval;
import cn.jianyi.insight.RoutingProposal;
import cn.jianyi.insight.UnitProfile;
import cn.jianyi.insight.UnitRouter;

/**
 * 智能分办's accuracy (docs/benchmarks.md): real assignments — the demo cases with their lead unit, and the corpus
 * letters whose issuer is one of the demo's seven kinds of unit (卫生健康, 教育体育, 交通运输, 农业农村, 住房城乡建设,
 * 自然资源, 民政; the query is the suggestion title the letter answers) — alternately into a learning half and a
 * held-out half. The router knows the units' duties and the learning half's assignments (and their texts); top-1 and
 * top-3 of the lead unit on the held-out half, beside the naive baseline (the learning half's most frequent units).
 */
class RoutingAccuracyTests {

    /** A real assignment: its text, its lead unit's short name, its co-units. */
    record Example(String source, String title, String text, String lead, List<String> coUnits) {
    }

    private static final Map<String, String> ISSUER_KIND = new LinkedHashMap<>();

    static {
        ISSUER_KIND.put("卫生健康", "区卫健委");
        ISSUER_KIND.put("交通运输", "区交通运输局");
        ISSUER_KIND.put("教育", "区教体局");
        ISSUER_KIND.put("民政", "区民政局");
        ISSUER_KIND.put("住房和城乡建设", "区住建局");
        ISSUER_KIND.put("农业农村", "区农业农村局");
        ISSUER_KIND.put("自然资源", "区自然资源局");
    }

    static List<Example> examples() throws Exception {
        List<Example> examples = new ArrayList<>();
        for (DemoCases.CaseSeed seed : DemoCases.CASES) {
            if (seed.leadUnit() != null) {
                String replies = seed.rounds().stream().map(DemoCases.Round::answer)
                        .filter(a -> a != null).collect(Collectors.joining("\n"));
                examples.add(new Example("demo " + seed.meeting() + "/" + seed.number(), seed.title(),
                        seed.content() + "\n" + replies, seed.leadUnit(), seed.coUnits()));
            }
        }
        Pattern line = Pattern.compile("\"file\": \"([^\"]+)\".*?\"issuer\": (null|\"([^\"]*)\")(?:.*?\"docNumber\": (?:null|\"([^\"]*)\"))?");
        for (String json : Files.readAllLines(LetterRetrieval.CORPUS.resolve("labels.jsonl"), StandardCharsets.UTF_8)) {
            Matcher m = line.matcher(json);
            if (!m.find()) {
                continue;
            }
            String issuer = (m.group(3) == null ? "" : m.group(3)) + " " + (m.group(4) == null ? "" : m.group(4));
            String kind = ISSUER_KIND.entrySet().stream().filter(e -> issuer.contains(e.getKey())
                    || (e.getKey().equals("教育") && issuer.contains("教提"))).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            String text = MatchingText.of(Files.readString(LetterRetrieval.CORPUS.resolve(m.group(1)),
                    StandardCharsets.UTF_8));
            String title = LetterRetrieval.suggestionTitle(text);
            if (kind != null && title != null) {
                String body = text.replace(title, " ");
                for (String unitWord : ISSUER_KIND.keySet()) {      // the letter must not name its own kind of unit
                    body = body.replace(unitWord, " ");
                }
                examples.add(new Example("letter " + m.group(1), title, body, kind, List.of()));
            }
        }
        return examples;
    }

    record Figures(int cases, double top1, double top3) {
        @Override
        public String toString() {
            return String.format("%d cases: top-1 %.2f, top-3 %.2f", cases, top1, top3);
        }
    }

    static Figures router(List<Example> learning, List<Example> heldOut, boolean withHistory) {
        Map<String, List<UnitProfile.PastCase>> past = new LinkedHashMap<>();
        DemoCases.UNITS.forEach(u -> past.put(u.shortName(), new ArrayList<>()));
        if (withHistory) {
            for (Example e : learning) {
                past.get(e.lead()).add(new UnitProfile.PastCase(e.source(), e.title(), e.text(), true));
                e.coUnits().forEach(co -> past.get(co).add(new UnitProfile.PastCase(e.source(), e.title(), e.text(),
                        false)));
            }
        }
        List<UnitProfile> units = new ArrayList<>();
        long id = 1;
        for (DemoCases.UnitSeed u : DemoCases.UNITS) {
            units.add(new UnitProfile(id++, u.shortName(), DemoCases.DUTIES.get(u.shortName()), past.get(u.shortName())));
        }
        UnitRouter router = new UnitRouter();
        int top1 = 0;
        int top3 = 0;
        for (Example e : heldOut) {
            List<String> ranked = router.propose(e.title(), units).stream().map(RoutingProposal::name).toList();
            top1 += ranked.get(0).equals(e.lead()) ? 1 : 0;
            top3 += ranked.subList(0, 3).contains(e.lead()) ? 1 : 0;
        }
        return new Figures(heldOut.size(), top1 / (double) heldOut.size(), top3 / (double) heldOut.size());
    }

    static Figures baseline(List<Example> learning, List<Example> heldOut) {
        Map<String, Long> counts = learning.stream().collect(Collectors.groupingBy(Example::lead, Collectors.counting()));
        List<String> frequent = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        int top1 = 0;
        int top3 = 0;
        for (Example e : heldOut) {
            top1 += frequent.get(0).equals(e.lead()) ? 1 : 0;
            top3 += frequent.subList(0, Math.min(3, frequent.size())).contains(e.lead()) ? 1 : 0;
        }
        return new Figures(heldOut.size(), top1 / (double) heldOut.size(), top3 / (double) heldOut.size());
    }

    static List<Example> half(List<Example> all, int which) {
        List<Example> half = new ArrayList<>();
        for (int i = which; i < all.size(); i += 2) {
            half.add(all.get(i));
        }
        return half;
    }

    @Test
    void routesHeldOutAssignmentsBetterThanTheMostFrequentUnit() throws Exception {
        List<Example> all = examples();
        List<Example> learning = half(all, 0);
        List<Example> heldOut = half(all, 1);
        Figures ours = router(learning, heldOut, true);
        Figures dutiesOnly = router(List.of(), heldOut, false);
        Figures dutiesOnlyAll = router(List.of(), all, false);
        Figures base = baseline(learning, heldOut);
        String report = String.format("examples %d (demo %d, letters %d)%nheld-out, duties and history: %s%n"
                        + "held-out, duties only: %s%nall, duties only: %s%nheld-out, most frequent unit: %s%n",
                all.size(), all.stream().filter(e -> e.source().startsWith("demo")).count(),
                all.stream().filter(e -> e.source().startsWith("letter")).count(), ours, dutiesOnly, dutiesOnlyAll, base);
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "routing.md"), report, StandardCharsets.UTF_8);
        assertThat(ours.top1()).isGreaterThanOrEqualTo(base.top1() + 0.3);
        assertThat(ours.top3()).isGreaterThan(base.top3());
    }
}
