/**
 * 征询意见 / Feedback: the deputy's rating of a reply (满意 / 基本满意 / 不满意), re-handling after 不满意, and the
 * clerk's closing of the case (办结).
 */
@org.springframework.modulith.ApplicationModule(displayName = "征询意见")
package cn.jianyi.feedback;
