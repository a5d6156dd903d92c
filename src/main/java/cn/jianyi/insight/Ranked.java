package cn.jianyi.insight;

/** A candidate with its score against the query: higher is more alike; 0 shares nothing that counts. */
public record Ranked(Candidate candidate, double score) {
}
