/**
 * 交办 / Assignment: hands a registered suggestion to its lead unit (主办) and co-units (协办) with the reply deadline,
 * and keeps the assignment records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "交办")
package cn.jianyi.assignment;
