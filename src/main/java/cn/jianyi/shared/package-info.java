/**
 * 共享内核 / Shared kernel: the acting person, base exceptions, policy decisions and the clock, used by every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "共享内核")
package cn.jianyi.shared;
