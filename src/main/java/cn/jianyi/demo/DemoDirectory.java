package cn.jianyi.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.identity.Role;
import cn.jianyi.shared.Actor;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;

/**
 * What the cases refer to: meetings by number, units by short name ({@code "区卫健委"}) with their handler and head,
 * deputies by name ({@code "程绮南"}) with their logins, and the clerk.
 */
record DemoDirectory(MeetingView meeting4, MeetingView meeting6, Map<String, HandlingUnit> units,
                     Map<String, Deputy> deputies, Actor clerk, Map<String, Actor> handlers, Map<String, Actor> heads,
                     Map<String, Actor> deputyActors) {

    private static final String COPY_TO = "区人大常委会选举任免联络办公室\n区政府督查室";

    HandlingUnit unit(String shortName) {
        return named(units, shortName);
    }

    Actor handler(String unitShortName) {
        return named(handlers, unitShortName);
    }

    Actor head(String unitShortName) {
        return named(heads, unitShortName);
    }

    Deputy deputy(String name) {
        return named(deputies, name);
    }

    /** The deputy acting through the demo login. */
    Actor asDeputy(String name) {
        return named(deputyActors, name);
    }

    private static <T> T named(Map<String, T> byName, String name) {
        T found = byName.get(name);
        if (found == null) {
            throw new IllegalArgumentException("No such demo person or unit: " + name);
        }
        return found;
    }

    /** Adds the congress, its two meetings, the units, the deputies and every demo login, all with one password. */
    static DemoDirectory seed(Meetings meetings, IdentityManagement identity,
                              IdentityManagement.PasswordHash password) {
        var congress = meetings.addCongress("南昌市新建区人民代表大会", "区人大", CongressLevel.DISTRICT, COPY_TO);
        var term = meetings.addTerm(congress.id(), 2, 2021, 2026);
        MeetingView meeting4 = meetings.addMeeting(term.id(), 4, LocalDate.of(2024, 1, 10));
        MeetingView meeting6 = meetings.addMeeting(term.id(), 6, LocalDate.of(2026, 1, 7));

        identity.addAccount("clerk", password, "王晓燕", Role.CLERK, null, null, true);
        identity.addAccount("supervisor", password, "周敏", Role.SUPERVISOR, null, null, true);
        identity.addAccount("admin", password, "陈立", Role.ADMIN, null, null, true);
        identity.addAccount("security", password, "赵安", Role.SECURITY_ADMIN, null, null, true);
        identity.addAccount("auditor", password, "吴静怡", Role.AUDIT_ADMIN, null, null, true);
        Actor clerk = new Actor("clerk", "王晓燕", Role.CLERK.name(), null);

        var units = new HashMap<String, HandlingUnit>();
        var handlers = new HashMap<String, Actor>();
        var heads = new HashMap<String, Actor>();
        for (DemoCases.UnitSeed seed : DemoCases.UNITS) {
            HandlingUnit unit = identity.addUnit(congress.id(), seed.fullName(), seed.shortName(), seed.docCode(), seed.phone(),
                    "330100", "南昌市新建区长堎大道", DemoCases.DUTIES.get(seed.shortName()));
            units.put(seed.shortName(), unit);
            identity.addAccount(seed.handlerLogin(), password, seed.handlerName(), Role.HANDLER, unit.id(), null, true);
            identity.addAccount(seed.headLogin(), password, seed.headName(), Role.HEAD, unit.id(), null, true);
            handlers.put(seed.shortName(), new Actor(seed.handlerLogin(), seed.handlerName(), Role.HANDLER.name(),
                    unit.shortName()));
            heads.put(seed.shortName(), new Actor(seed.headLogin(), seed.headName(), Role.HEAD.name(), unit.shortName()));
        }

        var deputies = new HashMap<String, Deputy>();
        var deputyActors = new HashMap<String, Actor>();
        for (DemoCases.DeputySeed seed : DemoCases.DEPUTIES) {
            Deputy deputy = identity.addDeputy(congress.id(), term.id(), seed.name(), seed.delegation(), seed.address(),
                    seed.address() == null ? null : "330100", seed.phone());
            deputies.put(seed.name(), deputy);
            identity.addAccount(seed.login(), password, seed.name(), Role.DEPUTY, null, deputy.id(), true);
            deputyActors.put(seed.name(), new Actor(seed.login(), seed.name(), Role.DEPUTY.name(), null));
        }
        return new DemoDirectory(meeting4, meeting6, Map.copyOf(units), Map.copyOf(deputies), clerk,
                Map.copyOf(handlers), Map.copyOf(heads), Map.copyOf(deputyActors));
    }
}
