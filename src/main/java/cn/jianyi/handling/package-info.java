/**
 * 办理与答复 / Handling: the lead unit's reply (答复函): drafting with a preview of the letter, signing by the unit head
 * (签发) with a gap-free document number (文号) per unit and year, and the result class (分类 A/B/C/D).
 */
@org.springframework.modulith.ApplicationModule(displayName = "办理与答复")
package cn.jianyi.handling;
