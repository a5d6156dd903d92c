package cn.jianyi.archive;

/**
 * The text of one letter as read from its file: {@code format} is what the file was (txt, html, docx, pdf), the text
 * has line breaks where the source had paragraphs or lines.
 */
public record LetterText(String file, String format, String text) {
}
