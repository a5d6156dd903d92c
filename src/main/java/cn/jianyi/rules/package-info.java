/**
 * 办理规则 / Rules: each congress's handling rules as versioned rule sets (windows for reply, complex reply, return,
 * co-unit opinion, extension, re-handling, feedback and publication; the result classification scheme; whether
 * contact with the deputy is mandatory before replying; which deputies answer the feedback form). Defaults are the
 * national baseline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "办理规则")
package cn.jianyi.rules;
