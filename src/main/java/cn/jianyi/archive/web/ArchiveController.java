package cn.jianyi.archive.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jianyi.archive.ArchiveFilter;
import cn.jianyi.archive.ArchiveManagement;
import cn.jianyi.archive.ArchivedLetter;
import cn.jianyi.archive.LetterKind;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.suggestion.Meetings;

/** 历史复函: the confirmed letters, filtered by unit, deputy, year, kind and text, and each record with its links. */
@Controller
@RequestMapping("/archive")
@PreAuthorize("hasAuthority('archive:read')")
class ArchiveController {

    /** Letters on one page of the list. */
    static final int PAGE_SIZE = 50;

    private final ArchiveManagement archive;
    private final Directory directory;
    private final Meetings meetings;

    ArchiveController(ArchiveManagement archive, Directory directory, Meetings meetings) {
        this.archive = archive;
        this.directory = directory;
        this.meetings = meetings;
    }

    @GetMapping
    String list(@RequestParam(required = false) String unitId, @RequestParam(required = false) String deputyId,
                @RequestParam(required = false) String year, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String text, @RequestParam(required = false) String page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        LetterKind letterKind = null;
        for (LetterKind k : LetterKind.values()) {
            if (k.name().equals(kind)) {
                letterKind = k;
            }
        }
        Long yearValue = number(year);
        String keyword = text == null || text.isBlank() ? null : text.strip();
        var filter = new ArchiveFilter(number(unitId), number(deputyId),
                yearValue == null || yearValue > 9999 ? null : yearValue.intValue(), letterKind,
                keyword != null && keyword.length() > 50 ? keyword.substring(0, 50) : keyword);
        model.addAttribute("filter", filter);
        Long pageValue = number(page);
        model.addAttribute("result", archive.search(filter,
                pageValue == null || pageValue < 1 || pageValue > Integer.MAX_VALUE ? 1 : pageValue.intValue(),
                PAGE_SIZE));
        model.addAttribute("units", directory.units());
        model.addAttribute("deputies", directory.deputies());
        model.addAttribute("years", archive.years());
        model.addAttribute("kinds", LetterKind.values());
        return htmx != null ? "archive/list :: results" : "archive/list";
    }

    @GetMapping("/{id:\\d+}")
    String record(@PathVariable long id, Model model) {
        ArchivedLetter letter = archive.record(id).orElseThrow(() -> new NotFoundException("archive record", id));
        model.addAttribute("letter", letter);
        model.addAttribute("unit", letter.unitId() == null ? null : directory.unit(letter.unitId()));
        model.addAttribute("deputies", letter.deputyIds().stream().map(directory::deputy).toList());
        model.addAttribute("meeting", letter.meetingId() == null ? null : meetings.view(letter.meetingId()));
        model.addAttribute("decidedByName", letter.decidedBy() == null ? null
                : directory.namesOf(java.util.List.of(letter.decidedBy())).getOrDefault(letter.decidedBy(),
                        letter.decidedBy()));
        return "archive/record";
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
