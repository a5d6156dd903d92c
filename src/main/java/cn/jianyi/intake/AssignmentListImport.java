package cn.jianyi.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;

/**
 * Checks every row of a 交办清单 against the directory and the meeting, and imports the rows only when none has an
 * error: each row is registered (登记) with its number and, where it names a lead unit, assigned (交办) on the
 * import's assignment date — all in one transaction, so a failure leaves nothing half-saved.
 */
@Component
class AssignmentListImport {

    /** What a checked row becomes. */
    record Plan(ListRow row, int number, String title, String content, long leadDeputyId, List<Long> coSignerIds,
                SubjectArea category, LocalDate receivedOn, Long leadUnitId, List<Long> coUnitIds) {
    }

    private final Directory directory;
    private final SuggestionManagement suggestions;
    private final SuggestionQueries queries;
    private final Assignments assignments;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final Clock clock;

    AssignmentListImport(Directory directory, SuggestionManagement suggestions, SuggestionQueries queries,
                         Assignments assignments, PlatformTransactionManager transactions,
                         MessageSource messages, Clock clock) {
        this.directory = directory;
        this.suggestions = suggestions;
        this.queries = queries;
        this.assignments = assignments;
        this.transaction = new TransactionTemplate(transactions);
        this.messages = messages;
        this.clock = clock;
    }

    /** Checks the rows; the plans when every row is right, otherwise the errors (every one found). */
    List<Plan> check(List<ListRow> rows, MeetingView meeting, LocalDate defaultReceivedOn, List<RowError> errors,
                     Runnable progress) {
        // the deputies and units of the meeting's congress only (ADR 0042)
        Map<String, List<Deputy>> deputies = directory.deputies().stream()
                .filter(d -> d.congressId() == null || d.congressId() == meeting.congressId())
                .collect(Collectors.groupingBy(Deputy::name));
        Map<String, HandlingUnit> units = new HashMap<>();
        for (HandlingUnit unit : directory.activeUnitsOf(meeting.congressId())) {
            units.put(unit.fullName(), unit);
            units.put(unit.shortName(), unit);
        }
        Map<String, SubjectArea> categories = new HashMap<>();
        for (SubjectArea area : SubjectArea.values()) {
            categories.put(area.name(), area);
            categories.put(messages.getMessage("SubjectArea." + area.name(), null, Locale.CHINA), area);
        }
        Set<Integer> seen = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        var plans = new ArrayList<Plan>();
        for (ListRow row : rows) {
            int before = errors.size();
            Integer number = number(row, errors);
            if (number != null && !seen.add(number)) {
                errors.add(error(row, "建议号", "intake.number.duplicateInSheet", String.valueOf(number)));
            } else if (number != null && queries.findId(meeting.id(), number).isPresent()) {
                errors.add(error(row, "建议号", "intake.number.exists", String.valueOf(number), meeting.name()));
            }
            String title = row.title();
            if (title == null) {
                errors.add(error(row, "标题", "intake.required"));
            } else if (title.length() > 100) {
                errors.add(error(row, "标题", "intake.tooLong", "100", String.valueOf(title.length())));
            }
            String content = row.content() == null ? title : row.content();
            if (content != null && content.length() > 10000) {
                errors.add(error(row, "内容", "intake.tooLong", "10000", String.valueOf(content.length())));
            }
            Long lead = deputy(row, row.lead(), "领衔代表", deputies, errors);
            var coSigners = new ArrayList<Long>();
            for (String name : row.coSigners()) {
                Long id = deputy(row, name, "联名代表", deputies, errors);
                if (id != null && id.equals(lead)) {
                    errors.add(error(row, "联名代表", "intake.coSigner.isLead", name));
                } else if (id != null && coSigners.contains(id)) {
                    errors.add(error(row, "联名代表", "intake.duplicate", name));
                } else if (id != null) {
                    coSigners.add(id);
                }
            }
            SubjectArea category = SubjectArea.OTHER;
            if (row.category() != null) {
                category = categories.get(row.category());
                if (category == null) {
                    errors.add(error(row, "类别", "intake.category.unknown", row.category()));
                }
            }
            LocalDate receivedOn = defaultReceivedOn;
            if (row.receivedOnText() != null) {
                receivedOn = row.receivedOn();
                if (receivedOn == null) {
                    errors.add(error(row, "收到日期", "intake.date.invalid", row.receivedOnText()));
                } else if (receivedOn.isAfter(today)) {
                    errors.add(error(row, "收到日期", "intake.date.future", receivedOn));
                }
            }
            Long leadUnit = null;
            var coUnits = new ArrayList<Long>();
            if (row.leadUnit() != null) {
                leadUnit = unit(row, row.leadUnit(), "主办单位", units, errors);
            } else if (!row.coUnits().isEmpty()) {
                errors.add(error(row, "主办单位", "intake.leadUnit.required"));
            }
            for (String name : row.coUnits()) {
                Long id = unit(row, name, "协办单位", units, errors);
                if (id != null && id.equals(leadUnit)) {
                    errors.add(error(row, "协办单位", "intake.coUnit.isLead", name));
                } else if (id != null && coUnits.contains(id)) {
                    errors.add(error(row, "协办单位", "intake.duplicate", name));
                } else if (id != null) {
                    coUnits.add(id);
                }
            }
            if (errors.size() == before) {
                plans.add(new Plan(row, number, title, content, lead, List.copyOf(coSigners), category, receivedOn,
                        leadUnit, List.copyOf(coUnits)));
            }
            progress.run();
        }
        return errors.isEmpty() ? List.copyOf(plans) : List.of();
    }

    /**
     * Registers and assigns every planned row in one transaction; a refusal by a use case (say, an assignment date
     * before a row's receipt) rolls everything back and names the row.
     *
     * @return registered and assigned counts
     */
    int[] importAll(List<Plan> plans, MeetingView meeting, LocalDate assignedOn, Actor actor, List<RowError> errors,
                    Runnable progress) {
        try {
            return transaction.execute(status -> {
                int assignedCount = 0;
                for (Plan plan : plans) {
                    try {
                        long id = suggestions.register(new RegisterSuggestionCommand(meeting.id(), plan.number(),
                                plan.title(), plan.content(), plan.leadDeputyId(), plan.coSignerIds(),
                                plan.category(), plan.receivedOn(), actor), "据交办清单批量登记");
                        if (plan.leadUnitId() != null) {
                            assignments.assign(new AssignCommand(id, plan.leadUnitId(), plan.coUnitIds(), assignedOn,
                                    actor));
                            assignedCount++;
                        }
                    } catch (RuleViolation violation) {
                        errors.add(new RowError(plan.row().line(), plan.row().number(), null,
                                messages.getMessage(violation.reasonKey(), violation.args(), Locale.CHINA)));
                        throw violation;
                    }
                    progress.run();
                }
                return new int[] {plans.size(), assignedCount};
            });
        } catch (RuleViolation violation) {
            return null;
        }
    }

    private Integer number(ListRow row, List<RowError> errors) {
        if (row.number() == null) {
            errors.add(error(row, "建议号", "intake.required"));
            return null;
        }
        String digits = row.number().replaceAll("^第|号$", "").strip();
        try {
            int number = Integer.parseInt(digits);
            if (number >= 1 && number <= 99999) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(error(row, "建议号", "intake.number.invalid", row.number()));
        return null;
    }

    private Long deputy(ListRow row, String name, String column, Map<String, List<Deputy>> deputies,
                        List<RowError> errors) {
        if (name == null) {
            errors.add(error(row, column, "intake.required"));
            return null;
        }
        List<Deputy> matches = deputies.getOrDefault(name, List.of());
        if (matches.isEmpty()) {
            errors.add(error(row, column, "intake.deputy.unknown", name));
            return null;
        }
        if (matches.size() > 1) {
            errors.add(error(row, column, "intake.deputy.ambiguous", name));
            return null;
        }
        return matches.get(0).id();
    }

    private Long unit(ListRow row, String name, String column, Map<String, HandlingUnit> units,
                      List<RowError> errors) {
        HandlingUnit unit = units.get(name);
        if (unit == null) {
            errors.add(error(row, column, "intake.unit.unknown", name));
            return null;
        }
        if (!unit.active()) {
            errors.add(error(row, column, "intake.unit.inactive", name));
            return null;
        }
        return unit.id();
    }

    private RowError error(ListRow row, String column, String key, Object... args) {
        return new RowError(row.line(), row.number(), column, messages.getMessage(key, args, Locale.CHINA));
    }
}
