package cn.jianyi.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.documents.UnitSeals;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.Permission;
import cn.jianyi.identity.Role;
import cn.jianyi.suggestion.Meetings;

/**
 * 开始使用: what an installation without demo data still lacks before a congress office can work in it, in the order
 * the README's production set-up gives, for the 系统管理员's home page. Each step is read from the data itself (a
 * meeting, units with their seals, deputies, the other two administrators, a clerk's account, this year's holidays;
 * the directory's steps within the administrator's congresses), so the list shrinks as the office fills the directory and is gone once nothing is missing.
 */
@Component
public class SetupChecklist {

    /**
     * One step: its message key ({@code setup.<key>} and {@code setup.<key>.detail}), done or not, the detail's
     * figures, and where it is done ({@code null} where another person does it).
     */
    public record Step(String key, boolean done, List<Object> figures, String link) {
    }

    /** The steps with how many are done; {@link #complete()} when nothing is missing. */
    public record Progress(List<Step> steps) {

        public long done() {
            return steps.stream().filter(Step::done).count();
        }

        public boolean complete() {
            return done() == steps.size();
        }
    }

    private final Meetings meetings;
    private final Directory directory;
    private final UnitSeals seals;
    private final WorkingDays workingDays;
    private final Clock clock;

    SetupChecklist(Meetings meetings, Directory directory, UnitSeals seals, WorkingDays workingDays, Clock clock) {
        this.meetings = meetings;
        this.directory = directory;
        this.seals = seals;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The checklist for one who keeps the directory; {@code null} for everybody else. */
    public Progress of(CurrentUser me) {
        if (!me.can(Permission.DIRECTORY_MANAGE)) {
            return null;
        }
        DataScope scope = me.congressScope();           // the administrator's congresses (ADR 0042)
        long meetingCount = meetings.all().stream().filter(m -> scope.coversCongress(m.congressId())).count();
        List<HandlingUnit> units = directory.activeUnits().stream()
                .filter(u -> scope.coversCongress(u.congressId())).toList();
        long unsealed = units.stream().filter(u -> !seals.hasSeal(u.id(), u.fullName())).count();
        long deputies = directory.deputies().stream()
                .filter(d -> d.active() && scope.coversCongress(d.congressId())).count();
        boolean security = !directory.accountsWithRole(Role.SECURITY_ADMIN).isEmpty();
        boolean audit = !directory.accountsWithRole(Role.AUDIT_ADMIN).isEmpty();
        long clerks = directory.accountsWithRole(Role.CLERK).size();
        int year = LocalDate.now(clock).getYear();
        return new Progress(List.of(
                new Step("congress", meetingCount > 0, List.of(meetingCount), "/directory/congresses"),
                new Step("units", !units.isEmpty() && unsealed == 0, List.of(units.size(), unsealed),
                        "/directory/units"),
                new Step("deputies", deputies > 0, List.of(deputies), "/directory/deputies"),
                new Step("administrators", security && audit, List.of(), "/accounts/new"),
                new Step("accounts", clerks > 0, List.of(clerks), null),
                new Step("calendar", workingDays.calendar().covers(year), List.of(String.valueOf(year)), "/calendar")));
    }
}
