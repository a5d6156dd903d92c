/**
 * 演示数据 / Demo data: the reference case (区人大二届四次会议第43号建议, answered by 区卫健委 with 新卫提字〔2024〕1号)
 * and about twenty more cases in every status, seeded once into an empty embedded database through the public
 * services, so that every state is reached by real transitions. On by default with the embedded database
 * ({@code jianyi.demo.enabled}); the demo logins work only while it is on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据")
package cn.jianyi.demo;
