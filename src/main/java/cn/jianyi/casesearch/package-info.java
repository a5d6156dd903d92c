/**
 * 案卷检索 / Office-wide search (ADR 0061): one full-text index of the case files (suggestions, signed replies,
 * contact summaries, co-unit opinions) and the archived historical letters, the second user of
 * {@link cn.jianyi.search.TextIndex}. The reader's data scope is part of every Lucene query; the index holds ids,
 * keyword fields and a date, and what a page shows is read back through the owning modules' scoped queries. Kept
 * current from a change log in the database ({@code search_changes}) that every application instance follows, and
 * rebuilt from the database when missing or broken ({@code bin/jianyi reindex}). Nothing depends on this module but
 * the command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "案卷检索")
package cn.jianyi.casesearch;
