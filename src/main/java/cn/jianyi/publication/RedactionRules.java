package cn.jianyi.publication;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.MatchBudget;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.PatternGuard;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.RuleViolations;

/**
 * 删除规则: the administrator's rules of what a public copy never shows. A rule is refused beside its field when it
 * has no reason, does not compile, matches the empty string or (nearly) everything, backtracks past its time budget
 * on a probe, or its replacement would itself match; a rule for one unit names a unit of the congress.
 */
@Service
public class RedactionRules {

    /** A text like the ones rules run on: a rule that covers most of it matches "everything". */
    static final String SAMPLE = """
            关于区人大二届四次会议第43号建议的答复
            程绮南代表：
            您提出的《关于健全生育服务保障机制的建议》收悉，现答复如下：一是扩大托育服务供给，共计托位数2380个，\
            普惠率100%。二是加强生殖健康服务。联系电话：0791-83730001，邮政编码：330100。
            感谢您对卫生健康事业的关心与支持！""";

    static final int PATTERN_LENGTH = 200;
    static final int REPLACEMENT_LENGTH = 50;
    static final int REASON_LENGTH = 500;

    private final RedactionRuleRepository rules;
    private final Directory directory;
    private final Clock clock;

    RedactionRules(RedactionRuleRepository rules, Directory directory, Clock clock) {
        this.rules = rules;
        this.directory = directory;
        this.clock = clock;
    }

    /** The rules of the congresses in the scope, newest first (retired ones too). */
    @Transactional(readOnly = true)
    public List<RedactionRule> within(DataScope scope) {
        if (scope instanceof DataScope.OfCongresses of) {
            return of.congressIds().isEmpty() ? List.of() : rules.findByCongressIdInOrderByIdDesc(of.congressIds());
        }
        return rules.findAll().stream().sorted((a, b) -> Long.compare(b.id(), a.id())).toList();
    }

    /** The rules that apply to a reply of a unit of a congress. */
    @Transactional(readOnly = true)
    public List<RedactionRule> applying(long congressId, long unitId) {
        return rules.findByCongressIdOrderById(congressId).stream().filter(r -> r.appliesTo(unitId)).toList();
    }

    /** 新增删除规则; refused beside each field, every independent refusal at once (ADR 0049). */
    @Transactional
    public RedactionRule add(NewRedactionRuleCommand command) {
        RuleViolations.throwIfAny(problemsOf(command));
        return rules.save(RedactionRule.create(command, clock.instant()));
    }

    /** 停用: from now on the rule applies to no new public copy. */
    @Transactional
    public RedactionRule retire(long ruleId, DataScope scope, Actor actor) {
        RedactionRule rule = rules.findById(ruleId).filter(r -> scope.coversCongress(r.congressId()))
                .orElseThrow(() -> new NotFoundException("redaction rule", ruleId));
        rule.retire(actor.username(), clock.instant());
        return rules.save(rule);
    }

    /** The refusals of a new rule, each beside its field. */
    public List<RuleViolation> problemsOf(NewRedactionRuleCommand command) {
        var found = new ArrayList<RuleViolation>();
        if (command.reason() == null) {
            found.add(RuleViolation.onField("reason", "publication.rule.reasonRequired"));
        } else if (command.reason().length() > REASON_LENGTH) {
            found.add(RuleViolation.onField("reason", "publication.rule.reasonTooLong", REASON_LENGTH));
        }
        if (command.replacement().length() > REPLACEMENT_LENGTH) {
            found.add(RuleViolation.onField("replacement", "publication.rule.replacementTooLong", REPLACEMENT_LENGTH));
        }
        if (command.unitId() != null && directory.findUnit(command.unitId())
                .filter(u -> command.congressId() == (u.congressId() == null ? -1 : u.congressId())).isEmpty()) {
            found.add(RuleViolation.onField("unitId", "publication.rule.unitUnknown"));
        }
        RuleViolation pattern = patternProblem(command.kind(), command.pattern(), command.replacement());
        if (pattern != null) {
            found.add(pattern);
        }
        return found;
    }

    /** What is wrong with a pattern, or {@code null}. */
    static RuleViolation patternProblem(RedactionRule.Kind kind, String text, String replacement) {
        if (text == null) {
            return RuleViolation.onField("pattern", "publication.rule.patternRequired");
        }
        if (text.length() > PATTERN_LENGTH) {
            return RuleViolation.onField("pattern", "publication.rule.patternTooLong", PATTERN_LENGTH);
        }
        Pattern pattern;
        try {
            pattern = RedactionRule.compile(kind, text);
        } catch (PatternSyntaxException e) {
            return RuleViolation.onField("pattern", "publication.rule.patternInvalid", e.getDescription());
        }
        try {
            if (coverage(pattern, SAMPLE) > 0.5) {
                return RuleViolation.onField("pattern", "publication.rule.matchesEverything");
            }
            var problem = PatternGuard.problemOf(pattern, List.of(SAMPLE));
            if (problem.isPresent()) {
                return RuleViolation.onField("pattern", problem.get() == PatternGuard.Problem.TOO_SLOW
                        ? "publication.rule.tooSlow" : "publication.rule.matchesEmpty");
            }
            if (pattern.matcher(MatchBudget.within(replacement, MatchBudget.PER_PROBE)).find()) {
                return RuleViolation.onField("replacement", "publication.rule.replacementMatches");
            }
        } catch (MatchBudget.Exceeded | StackOverflowError slow) {
            return RuleViolation.onField("pattern", "publication.rule.tooSlow");
        }
        return null;
    }

    /** The share of the text that the pattern's (non-empty) matches cover. */
    private static double coverage(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(MatchBudget.within(text, MatchBudget.PER_PROBE));
        int covered = 0;
        while (matcher.find()) {
            covered += matcher.end() - matcher.start();
        }
        return (double) covered / text.length();
    }
}
