/**
 * 类案与分办 / Insight: ranks letters and cases by their likeness to a text ({@link cn.jianyi.insight.SimilarityRanker},
 * a re-ranker over candidates that the caller supplies, e.g. from a search index or a folder of letters) and proposes
 * the units to handle a suggestion, with reasons (ADR 0063). Its word lists are data
 * ({@code resources/insight/*.txt}). Depends on {@code archive} for text folding and on {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "类案与分办")
package cn.jianyi.insight;
