package cn.jianyi.publication;

import java.time.Instant;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.shared.IllegalTransitionException;

/**
 * 删除规则: literal text or a regular expression that the public copy never shows, for all units of a congress or for
 * one, with its replacement, who made it and why. A rule is retired, never edited or deleted, so the reasons behind
 * every earlier public copy stay on record.
 */
@Table("redaction_rules")
public class RedactionRule {

    /** The default replacement of a removed passage. */
    public static final String DEFAULT_REPLACEMENT = "[已删除]";

    public enum Kind {
        /** 文字: the text as typed. */
        LITERAL,
        /** 正则表达式. */
        PATTERN
    }

    public enum Status {
        /** 生效. */
        ACTIVE,
        /** 已停用. */
        RETIRED
    }

    @Id
    private Long id;
    /** Raised when the rule is retired: two administrators retiring it at once, the second is refused (ADR 0065). */
    @Version
    private Integer version;
    private Long congressId;
    private Long unitId;
    private Kind kind;
    private String pattern;
    private String replacement;
    private String reason;
    private String createdBy;
    private Instant createdAt;
    private String retiredBy;
    private Instant retiredAt;

    protected RedactionRule() {
    }

    /** A checked rule ({@link RedactionRules#add} checks it first). */
    static RedactionRule create(NewRedactionRuleCommand command, Instant at) {
        var rule = new RedactionRule();
        rule.congressId = command.congressId();
        rule.unitId = command.unitId();
        rule.kind = command.kind();
        rule.pattern = command.pattern();
        rule.replacement = command.replacement();
        rule.reason = command.reason();
        rule.createdBy = command.actor().username();
        rule.createdAt = at;
        return rule;
    }

    /** 停用: the rule no longer applies to public copies decided from now on. */
    void retire(String by, Instant at) {
        if (retiredAt != null) {
            throw new IllegalTransitionException(Status.RETIRED, "retire");
        }
        this.retiredBy = by;
        this.retiredAt = at;
    }

    /** Whether the rule applies to a reply of this unit. */
    public boolean appliesTo(long replyUnitId) {
        return retiredAt == null && (unitId == null || unitId == replyUnitId);
    }

    /** The pattern as compiled for matching: a literal is quoted. */
    Pattern compiled() {
        return compile(kind, pattern);
    }

    static Pattern compile(Kind kind, String pattern) {
        return kind == Kind.LITERAL ? Pattern.compile(Pattern.quote(pattern)) : Pattern.compile(pattern);
    }

    public Status status() {
        return retiredAt == null ? Status.ACTIVE : Status.RETIRED;
    }

    public Long id() {
        return id;
    }

    public Long congressId() {
        return congressId;
    }

    public Long unitId() {
        return unitId;
    }

    public Kind kind() {
        return kind;
    }

    public String pattern() {
        return pattern;
    }

    public String replacement() {
        return replacement;
    }

    public String reason() {
        return reason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String retiredBy() {
        return retiredBy;
    }

    public Instant retiredAt() {
        return retiredAt;
    }
}
