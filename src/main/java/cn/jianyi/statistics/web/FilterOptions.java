package cn.jianyi.statistics.web;

import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.jianyi.identity.Directory;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.Suggestion;

/** The choices of the statistics filters (meetings, years of 交办, units, categories) for the dashboard and 考评. */
@Component
class FilterOptions {

    private final Meetings meetings;
    private final Directory directory;

    FilterOptions(Meetings meetings, Directory directory) {
        this.meetings = meetings;
        this.directory = directory;
    }

    /** The meetings and units of the reader's congresses only (ADR 0042). */
    void addTo(DashboardForm form, cn.jianyi.identity.CurrentUser me, Model model) {
        List<MeetingView> all = meetings.within(me.dataScope());
        var years = new TreeSet<Integer>();
        all.forEach(m -> years.add(m.openedOn().getYear()));
        model.addAttribute("form", form);
        model.addAttribute("meetings", all);
        model.addAttribute("years", years.descendingSet());
        model.addAttribute("units", directory.units(me.dataScope()));
        model.addAttribute("categories", SubjectArea.values());
        model.addAttribute("statuses", Suggestion.Status.values());
    }
}
