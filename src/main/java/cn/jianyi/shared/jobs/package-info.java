/**
 * 后台任务 / Background jobs: the one way work runs off the request thread (the meeting ZIP export, the assignment-list
 * import, the archive import). {@link cn.jianyi.shared.jobs.BackgroundJobs} runs a module's work function on the
 * executor of its kind ({@code jianyi.jobs.<kind>.*}), keeps each {@link cn.jianyi.shared.jobs.BackgroundJob} with its
 * status, progress, result or failure reason for the person who started it, and forgets it a keep time after it
 * finished (ADR 0032).
 */
@org.springframework.modulith.NamedInterface("jobs")
package cn.jianyi.shared.jobs;
