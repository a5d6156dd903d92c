/**
 * 工作台 / Workbench: each role's home page with its to-do lists, and the case page that shows a whole case file
 * (suggestion, assignments, replies, feedback, timeline) with the acts the current user may perform. Reads from the
 * workflow modules; owns no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作台")
package cn.jianyi.workbench;
