/**
 * 批量登记 / Intake: a whole meeting's suggestions registered (and assigned) from the office's usual Excel sheet, the
 * 交办清单 — checked row by row first, then imported in one transaction on a background thread while the page shows
 * the progress; with any error nothing is imported and a row-by-row error report can be downloaded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "批量登记")
package cn.jianyi.intake;
