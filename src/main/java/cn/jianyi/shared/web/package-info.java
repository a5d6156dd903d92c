/** Web helpers every module's controllers use: error pages, form rejections and flash messages. */
@org.springframework.modulith.NamedInterface("web")
package cn.jianyi.shared.web;
