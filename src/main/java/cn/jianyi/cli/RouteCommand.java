package cn.jianyi.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import cn.jianyi.insight.RoutingAdvice;
import cn.jianyi.insight.RoutingProposal;

/**
 * {@code bin/jianyi route TEXT}: the three units best placed to lead a suggestion of this text (智能分办, ADR 0063),
 * against the configured database: {@code rank<TAB>score<TAB>unit}, then its reasons on indented lines (职能 words,
 * past cases by number and title). Assigns nothing.
 */
@Component
class RouteCommand {

    static final String USAGE = """
            usage: bin/jianyi route TEXT
              Proposes the three units best placed to lead a suggestion of this text (its title or text), from the
              units' duties (职能) and the cases they handled, with the reasons; against the configured database.""";

    static final int SHOWN = 3;

    private final RoutingAdvice advice;

    RouteCommand(RoutingAdvice advice) {
        this.advice = advice;
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        String text = String.join(" ", args).strip();
        if (text.isEmpty()) {
            err.println("请给出要分办的建议标题或正文，不能为空");
            err.println(USAGE);
            return 2;
        }
        List<RoutingProposal> proposals = advice.proposeAcrossCongresses(text);
        if (proposals.isEmpty()) {
            err.println("数据库中没有启用的承办单位，无法提出分办建议");
            return 1;
        }
        if (!proposals.get(0).hasReasons()) {
            err.println("提示：没有哪个单位的职能或以往交办与这段文字相符（标点、单字或套话不计），以下顺序没有意义");
        }
        for (int i = 0; i < Math.min(SHOWN, proposals.size()); i++) {
            RoutingProposal p = proposals.get(i);
            out.println((i + 1) + "\t" + String.format(Locale.ROOT, "%.3f", p.score()) + "\t" + p.name());
            out.println("\t职能相符：" + (p.dutyWords().isEmpty() ? "无" : String.join("、", p.dutyWords())));
            out.println("\t办过类似：" + (p.similarCases().isEmpty() ? "无" : String.join("；", p.similarCases().stream()
                    .map(c -> c.number() + " " + c.title() + (c.lead() ? "" : "（协办）")).toList())));
        }
        return 0;
    }
}
