/**
 * 历史复函导入 / Archive: historical reply letters (web pages, Word files, text PDFs, plain text) read
 * ({@link cn.jianyi.archive.LetterReader}), their fields extracted with a confidence each
 * ({@link cn.jianyi.archive.LetterParser}), reviewed by a clerk and kept as structured, searchable records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "历史复函导入")
package cn.jianyi.archive;
