/**
 * 统计分析 / Statistics: the rates a congress office reports (办复率, 按期办复率, 办结率, 见面率, 满意率), the class
 * distribution in the congress's own scheme, response times per unit and the overdue list, each computed with SQL
 * aggregates over the stored facts and shown with its numerator and denominator; the dashboard and the lists of
 * cases behind every figure. 办理工作考评 (unit assessment): each unit's score from the same facts by its congress's
 * versioned scheme (ADR 0024). Reads the other modules' tables and keeps only its own projection of them
 * ({@code case_facts}, refreshed in the transaction of every act on a case) and the assessment schemes; no module
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "统计分析")
package cn.jianyi.statistics;
