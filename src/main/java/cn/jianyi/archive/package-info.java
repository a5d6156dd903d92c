/**
 * 历史复函导入 / Archive: historical reply letters (web pages, Word files, text PDFs, plain text) read
 * ({@link cn.jianyi.archive.LetterReader}; a ZIP upload expanded into them by {@link cn.jianyi.archive.LetterArchives},
 * limits in {@link cn.jianyi.archive.ArchiveSettings}), their fields extracted with a confidence each
 * ({@link cn.jianyi.archive.LetterParser}), reviewed by a clerk and kept as structured, searchable records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "历史复函导入")
package cn.jianyi.archive;
