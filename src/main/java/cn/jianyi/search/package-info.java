/**
 * 检索 / Search: full-text indexes kept as a cache beside the database (ADR 0059). A {@link cn.jianyi.search.TextIndex}
 * is a Lucene index in its own folder under the data folder, analysed with CJK bigrams so that every two-character
 * word of a Chinese text is found; it holds identifiers, keyword filters and a sort date, never the texts themselves
 * (snippets are highlighted from the text the caller reads from the database). Its first user is the public portal's
 * index of published copies; issue 21's office-wide search is to be the second. Depends on nothing but {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "检索")
package cn.jianyi.search;
