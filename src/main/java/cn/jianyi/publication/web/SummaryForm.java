package cn.jianyi.publication.web;

/** 建议摘要: the office's summary of the suggestion, published in its place where the rules say so. */
record SummaryForm(String summary) {
}
