package cn.jianyi.assignment;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * Saves a unit's task and writes what happened to it on the case timeline ("区教体局：待签收 → 办理中；…"), in the
 * caller's transaction; names the units a command refers to, refusing one that does not exist.
 */
@Component
class TaskTimeline {

    private final AssignmentRepository assignments;
    private final SuggestionManagement suggestions;
    private final Directory directory;
    private final MessageSource messages;

    private final cn.jianyi.suggestion.Meetings meetings;

    TaskTimeline(AssignmentRepository assignments, SuggestionManagement suggestions, Directory directory,
                 MessageSource messages, cn.jianyi.suggestion.Meetings meetings) {
        this.meetings = meetings;
        this.assignments = assignments;
        this.suggestions = suggestions;
        this.directory = directory;
        this.messages = messages;
    }

    /** Saves the task after a transition from {@code from} and records "单位：旧状态 → 新状态" plus the detail. */
    Assignment saveTransition(Assignment task, Assignment.Status from, CaseAction action, Actor actor, String detail) {
        Assignment saved = assignments.save(task);
        String remark = message("assignment.task.transition", unitName(task.unitId()),
                label("Assignment.Status." + from), label("Assignment.Status." + task.status()))
                + (detail == null ? "" : "；" + detail);
        record(task, action, actor, remark);
        return saved;
    }

    /** An entry on the case timeline for the task's unit that moves neither the case nor the task. */
    void record(Assignment task, CaseAction action, Actor actor, String remark) {
        suggestions.recordActivity(task.suggestionId(), action, actor, remark, task.unitId());
    }

    /**
     * The unit a command names for the case, or a refusal beside {@code field}: unknown, inactive, or of another
     * congress than the case's (ADR 0042; a unit set up before the directory gave units a congress is taken).
     */
    HandlingUnit knownUnit(long unitId, String field, long suggestionId) {
        long congressId = meetings.view(suggestions.get(suggestionId).meetingId()).congressId();
        HandlingUnit unit = directory.findUnit(unitId)
                .filter(u -> u.congressId() == null || u.congressId() == congressId)
                .orElseThrow(() -> RuleViolation.onField(field, "assignment.unit.unknown"));
        if (!unit.active()) {           // 停用的单位 keeps its cases but takes no new ones
            throw RuleViolation.onField(field, "assignment.unit.inactive", unit.shortName());
        }
        return unit;
    }

    String unitName(long unitId) {
        return directory.unit(unitId).shortName();
    }

    String label(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
