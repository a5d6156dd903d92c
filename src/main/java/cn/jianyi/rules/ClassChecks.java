package cn.jianyi.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.MatchBudget;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.PatternGuard;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.RuleViolations;

/**
 * 分类一致性规则 and the check by them (ADR 0062): the rules of each class of each classification scheme, adding and
 * removing them (the administrator), and the warnings a reply's text raises against its class. A new rule is refused
 * beside its field when it has no class, kind or message, its pattern is empty, does not compile, matches the empty
 * string, backtracks past its budget, or matches most sentences of an ordinary reply (it would warn on every letter).
 */
@Service
@Transactional(readOnly = true)
public class ClassChecks {

    /** An ordinary reply: a rule that matches most of its sentences matches "everything". */
    static final String SAMPLE = """
            关于区人大二届四次会议第43号建议的答复
            程绮南代表：
            您提出的《关于健全生育服务保障机制的建议》收悉，现答复如下：
            我委高度重视，会同区教育局进行了专题研究。一是扩大托育服务供给，共计托位数2380个，普惠率100%。\
            二是加强生殖健康服务，开展生殖健康促进行动。三是加大宣传力度，提升群众生育意愿。
            感谢您对卫生健康事业的关心与支持！
            联系单位及电话：区卫健委 83752009""";

    static final int PATTERN_LENGTH = 200;
    static final int MESSAGE_LENGTH = 200;

    private final ClassCheckRuleRepository rules;
    private final ClassificationSchemes schemes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ClassChecks(ClassCheckRuleRepository rules, ClassificationSchemes schemes, Clock clock,
                ApplicationEventPublisher events) {
        this.rules = rules;
        this.schemes = schemes;
        this.clock = clock;
        this.events = events;
    }

    /** The rules of a scheme, class by class. */
    public List<ClassCheckRule> rulesOf(String schemeCode) {
        return rules.findBySchemeCodeOrderByPositionAscIdAsc(schemeCode);
    }

    /** The check of a reply stored under the letter A..D in the scheme (no rules for a class the scheme lacks). */
    public ClassCheck checkFor(String schemeCode, String letter) {
        if (letter == null || letter.length() != 1 || letter.charAt(0) < 'A' || letter.charAt(0) > 'D') {
            return new ClassCheck(List.of());
        }
        return new ClassCheck(rules.findBySchemeCodeAndPositionOrderById(schemeCode, letter.charAt(0) - 'A' + 1));
    }

    /** The warnings a reply's text raises against its class. */
    public List<ClassWarning> warnings(String schemeCode, String letter, String text, boolean commitmentRecorded) {
        return checkFor(schemeCode, letter).warnings(text, commitmentRecorded);
    }

    /** 新增规则; refused beside each field, every independent refusal at once (ADR 0049). */
    @Transactional
    public ClassCheckRule add(NewClassCheckRuleCommand command) {
        RuleViolations.throwIfAny(problemsOf(command));
        ClassCheckRule saved = rules.save(ClassCheckRule.create(command, clock.instant()));
        events.publishEvent(changed(saved, ClassCheckRuleChanged.Change.ADDED, command.actor()));
        return saved;
    }

    /** 删除规则: the check no longer uses it. */
    @Transactional
    public ClassCheckRule remove(long ruleId, Actor actor) {
        ClassCheckRule rule = rules.findById(ruleId).orElseThrow(() -> new NotFoundException("class check rule",
                ruleId));
        rules.delete(rule);
        events.publishEvent(changed(rule, ClassCheckRuleChanged.Change.REMOVED, actor));
        return rule;
    }

    private static ClassCheckRuleChanged changed(ClassCheckRule rule, ClassCheckRuleChanged.Change change,
                                                 Actor actor) {
        return new ClassCheckRuleChanged(rule.id(), rule.schemeCode(), rule.letter(), change, rule.kind(),
                rule.pattern(), actor);
    }

    /** The refusals of a new rule, each beside its field. */
    List<RuleViolation> problemsOf(NewClassCheckRuleCommand command) {
        ClassificationScheme scheme = schemes.find(command.schemeCode())
                .orElseThrow(() -> new NotFoundException("classification scheme", command.schemeCode()));
        var found = new ArrayList<RuleViolation>();
        if (command.position() == null) {
            found.add(RuleViolation.onField("position", "rules.classCheck.classRequired"));
        } else if (scheme.classes().stream().noneMatch(c -> c.position() == command.position())) {
            found.add(RuleViolation.onField("position", "rules.classCheck.classUnknown"));
        }
        if (command.kind() == null) {
            found.add(RuleViolation.onField("kind", "rules.classCheck.kindRequired"));
        }
        if (command.message() == null) {
            found.add(RuleViolation.onField("message", "rules.classCheck.messageRequired"));
        } else if (command.message().length() > MESSAGE_LENGTH) {
            found.add(RuleViolation.onField("message", "rules.classCheck.messageTooLong", MESSAGE_LENGTH));
        }
        patternProblem(command.match(), command.pattern()).ifPresent(found::add);
        return found;
    }

    /** What is wrong with a pattern, if anything. */
    static Optional<RuleViolation> patternProblem(ClassCheckRule.Match match, String text) {
        if (text == null) {
            return Optional.of(RuleViolation.onField("pattern", "rules.classCheck.patternRequired"));
        }
        if (text.length() > PATTERN_LENGTH) {
            return Optional.of(RuleViolation.onField("pattern", "rules.classCheck.patternTooLong", PATTERN_LENGTH));
        }
        Pattern pattern;
        try {
            pattern = ClassCheckRule.compile(match, text);
        } catch (PatternSyntaxException e) {
            return Optional.of(RuleViolation.onField("pattern", "rules.classCheck.patternInvalid",
                    e.getDescription()));
        }
        var problem = PatternGuard.problemOf(pattern, List.of(SAMPLE));
        if (problem.isPresent()) {
            return Optional.of(RuleViolation.onField("pattern", problem.get() == PatternGuard.Problem.TOO_SLOW
                    ? "rules.classCheck.tooSlow" : "rules.classCheck.matchesEmpty"));
        }
        List<String> sentences = Sentences.of(SAMPLE);
        try {
            long matched = sentences.stream()
                    .filter(s -> pattern.matcher(MatchBudget.within(s, MatchBudget.PER_PROBE)).find()).count();
            if (matched * 2 > sentences.size()) {
                return Optional.of(RuleViolation.onField("pattern", "rules.classCheck.matchesEverything"));
            }
        } catch (MatchBudget.Exceeded | StackOverflowError slow) {
            return Optional.of(RuleViolation.onField("pattern", "rules.classCheck.tooSlow"));
        }
        return Optional.empty();
    }
}
