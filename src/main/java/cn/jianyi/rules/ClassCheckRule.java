package cn.jianyi.rules;

import java.time.Instant;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 分类一致性规则: a phrase or regular expression that tells whether a reply's wording agrees with its class, kept
 * with one class of a classification scheme, with the message the warning shows. The administrator adds and removes
 * rules (the office adapts the wording); a rule is never edited in place.
 */
@Table("class_check_rules")
public class ClassCheckRule {

    /** How the rule reads the reply. */
    public enum Kind {
        /** 与分类矛盾: a sentence that matches contradicts the class, and the warning quotes it. */
        CONTRADICTS,
        /** 应有时限: the class implies commitments; the warning comes when no sentence names a date or deadline. */
        EXPECTS_DATE
    }

    /** How the pattern is written. */
    public enum Match {
        /** 文字: the text as typed. */
        LITERAL,
        /** 正则表达式. */
        PATTERN
    }

    @Id
    private Long id;
    private String schemeCode;
    private int position;
    private Kind kind;
    private Match matchType;
    private String pattern;
    private String message;
    private String createdBy;
    private Instant createdAt;

    protected ClassCheckRule() {
    }

    /** A checked rule ({@link ClassChecks#add} checks it first). */
    static ClassCheckRule create(NewClassCheckRuleCommand command, Instant at) {
        var rule = new ClassCheckRule();
        rule.schemeCode = command.schemeCode();
        rule.position = command.position();
        rule.kind = command.kind();
        rule.matchType = command.match();
        rule.pattern = command.pattern();
        rule.message = command.message();
        rule.createdBy = command.actor().username();
        rule.createdAt = at;
        return rule;
    }

    /** A rule held in memory only, never saved (the check's own unit tests). */
    static ClassCheckRule of(String schemeCode, int position, Kind kind, Match match, String pattern, String message) {
        var rule = new ClassCheckRule();
        rule.schemeCode = schemeCode;
        rule.position = position;
        rule.kind = kind;
        rule.matchType = match;
        rule.pattern = pattern;
        rule.message = message;
        return rule;
    }

    /** The pattern as compiled for matching: a literal is quoted. */
    Pattern compiled() {
        return compile(matchType, pattern);
    }

    static Pattern compile(Match match, String pattern) {
        return match == Match.LITERAL ? Pattern.compile(Pattern.quote(pattern)) : Pattern.compile(pattern);
    }

    /** The positional letter A..D of the class the rule belongs to. */
    public String letter() {
        return String.valueOf((char) ('A' + position - 1));
    }

    public Long id() {
        return id;
    }

    public String schemeCode() {
        return schemeCode;
    }

    public int position() {
        return position;
    }

    public Kind kind() {
        return kind;
    }

    public Match match() {
        return matchType;
    }

    public String pattern() {
        return pattern;
    }

    public String message() {
        return message;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
