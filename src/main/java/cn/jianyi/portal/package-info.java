/**
 * 公开门户 / Public portal at {@code /public}, without login (ADR 0059): published suggestions with their redacted
 * replies (list with filters and Chinese full-text search, item pages, the reply letter as PDF rendered from the
 * redacted copy, meeting pages with their published figures, an Atom feed, a sitemap) and the open data per meeting
 * (CSV and JSON with a JSON Schema). Reads only {@code published_copies} (ADR 0057) and the names of congresses and
 * meetings, never the case file; keeps its search index in step through the publication events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公开门户")
package cn.jianyi.portal;
