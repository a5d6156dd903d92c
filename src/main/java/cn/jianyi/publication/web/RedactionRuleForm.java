package cn.jianyi.publication.web;

import cn.jianyi.publication.NewRedactionRuleCommand;
import cn.jianyi.publication.RedactionRule;
import cn.jianyi.shared.Actor;

/** 新增删除规则: literal text or a regular expression, for every unit or one, its replacement and the reason. */
record RedactionRuleForm(Long unitId, RedactionRule.Kind kind, String pattern, String replacement, String reason) {

    static RedactionRuleForm blank() {
        return new RedactionRuleForm(null, RedactionRule.Kind.LITERAL, null, RedactionRule.DEFAULT_REPLACEMENT, null);
    }

    NewRedactionRuleCommand toCommand(long congressId, Actor actor) {
        return new NewRedactionRuleCommand(congressId, unitId, kind, pattern, replacement, reason, actor);
    }
}
