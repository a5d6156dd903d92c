/**
 * 用户与单位 / Identity: user accounts, roles and permissions, handling units (承办单位), deputies (代表), login with
 * lock-out, and the data scope every query applies (全部 / 本单位 / 本人建议). The 安全管理员 keeps the accounts, one by
 * one or from the office's roster in Excel (账号名录导入, ADR 0043).
 */
@org.springframework.modulith.ApplicationModule(displayName = "用户与单位")
package cn.jianyi.identity;
