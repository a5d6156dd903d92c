package cn.jianyi.rules.web;

import cn.jianyi.rules.ClassCheckRule;
import cn.jianyi.rules.NewClassCheckRuleCommand;
import cn.jianyi.shared.Actor;

/** 新增分类一致性规则: the class, the kind, literal text or a regular expression, and the warning's message. */
record ClassCheckRuleForm(Integer position, ClassCheckRule.Kind kind, ClassCheckRule.Match match, String pattern,
                          String message) {

    static ClassCheckRuleForm blank() {
        return new ClassCheckRuleForm(null, ClassCheckRule.Kind.CONTRADICTS, ClassCheckRule.Match.LITERAL, null, null);
    }

    NewClassCheckRuleCommand toCommand(String schemeCode, Actor actor) {
        return new NewClassCheckRuleCommand(schemeCode, position, kind, match, pattern, message, actor);
    }
}
