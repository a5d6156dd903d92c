/**
 * 建议受理与案卷 / Suggestion: congresses, terms and meetings, registration and numbering of suggestions, co-signers,
 * the case file ({@link cn.jianyi.suggestion.Suggestion}) with its status and its append-only timeline (流转记录),
 * and the scoped case queries every list uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "建议受理与案卷")
package cn.jianyi.suggestion;
