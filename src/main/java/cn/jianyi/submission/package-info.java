/**
 * 网上提交 / Submission: a deputy's suggestion before it is a case — the draft, the co-signers invited by name who
 * accept before a cut-off, the congress office's registration queue (registered as a numbered case, or declined for a
 * non-admissible reason and perhaps kept as a letter, 来信), and withdrawal by the deputies before assignment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "网上提交")
package cn.jianyi.submission;
