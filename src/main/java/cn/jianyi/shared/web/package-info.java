/** Web helpers every module's controllers use: error pages and form rejections. */
@org.springframework.modulith.NamedInterface("web")
package cn.jianyi.shared.web;
