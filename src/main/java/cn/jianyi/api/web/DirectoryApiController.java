package cn.jianyi.api.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Permission;
import cn.jianyi.statistics.Statistics;
import cn.jianyi.statistics.StatisticsFilter;
import cn.jianyi.statistics.StatisticsReport;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Units, meetings and a meeting's statistics, as the pages read them for the token's account (ADR 0058): the units
 * and meetings of its congresses (a unit's account: its own unit), the statistics only for an account whose roles
 * read them (the offices), over the cases of its congresses.
 */
@RestController
@ApiEndpoint
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('SCOPE_cases:read')")
@Tag(name = "名录与统计", description = "承办单位、会议和会议的办理统计（cases:read）")
@SecurityRequirement(name = OpenApiConfiguration.SCHEME, scopes = "cases:read")
class DirectoryApiController {

    private final Directory directory;
    private final Meetings meetings;
    private final Statistics statistics;
    private final Labels labels;

    DirectoryApiController(Directory directory, Meetings meetings, Statistics statistics, Labels labels) {
        this.directory = directory;
        this.meetings = meetings;
        this.statistics = statistics;
        this.labels = labels;
    }

    @GetMapping("/units")
    @Operation(summary = "承办单位", description = "令牌所属账号所在人大的承办单位（单位账号：本单位），按 id 排序，游标分页。")
    ApiJson.UnitPage units(@AuthenticationPrincipal CurrentUser me,
                           @Parameter(description = "上一页响应中 next 带的游标") @RequestParam(required = false) String cursor,
                           @Parameter(description = "每页条数，1–100，默认 20") @RequestParam(required = false) Integer limit) {
        var page = page(directory.units(me.dataScope()), u -> u.id(), cursor, limit,
                u -> new ApiJson.Unit(u.id(), u.fullName(), u.shortName(), u.active(), u.congressId()));
        return new ApiJson.UnitPage(page.items(), page.next());
    }

    @GetMapping("/meetings")
    @Operation(summary = "会议", description = "令牌所属账号所在人大的会议，按 id 排序，游标分页。")
    ApiJson.MeetingPage meetings(@AuthenticationPrincipal CurrentUser me,
                                 @Parameter(description = "上一页响应中 next 带的游标") @RequestParam(required = false) String cursor,
                                 @Parameter(description = "每页条数，1–100，默认 20") @RequestParam(required = false) Integer limit) {
        var page = page(meetings.within(me.congressScope()), MeetingView::id, cursor, limit, this::meeting);
        return new ApiJson.MeetingPage(page.items(), page.next());
    }

    @GetMapping("/meetings/{id}/statistics")
    @Operation(summary = "会议的办理统计", description = "统计分析页面按会议筛选时的数字：办复率、按期办复率、办结率、见面率、"
            + "办理结果分类和满意度；限代表工作机构、督查室和系统管理员的账号。")
    ApiJson.Statistics meetingStatistics(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        if (!me.can(Permission.STATISTICS_READ)) {
            throw new ApiErrors.AccountDenied("访问令牌所属账号无权查看统计");
        }
        MeetingView meeting = meetings.viewWithin(id, me.congressScope());
        StatisticsReport report = statistics.report(StatisticsFilter.meeting(meeting.id()).within(me.dataScope()));
        return new ApiJson.Statistics(meeting.id(), report.total(),
                report.byStatus().entrySet().stream()
                        .map(e -> new ApiJson.StatusCount(labels.of(e.getKey()), e.getValue())).toList(),
                ApiJson.Rate.of(report.replied()), ApiJson.Rate.of(report.onTime()),
                ApiJson.Rate.of(report.concluded()), ApiJson.Rate.of(report.faceToFace()),
                report.classes().stream().map(c -> new ApiJson.ClassShare(c.code(), c.label(),
                        ApiJson.Rate.of(c.share()))).toList(),
                ApiJson.Satisfaction.of(report.firstRound()), ApiJson.Satisfaction.of(report.finalRound()),
                report.overdueCount());
    }

    private ApiJson.Meeting meeting(MeetingView m) {
        return new ApiJson.Meeting(m.id(), m.congressId(), m.congressName(), m.term(), m.meeting(), m.name(),
                m.openedOn(), "/api/v1/meetings/" + m.id() + "/statistics");
    }

    private record Page<J>(List<J> items, String next) {
    }

    /** A page of a short list held in memory (units, meetings): the rows after the cursor's id, by id. */
    private static <T, J> Page<J> page(List<T> all, ToLongFunction<T> id, String cursor, Integer limit,
                                       Function<T, J> json) {
        int size = Cursor.limit(limit);
        long after = Cursor.after(cursor);
        List<T> rest = all.stream().filter(t -> id.applyAsLong(t) > after)
                .sorted(java.util.Comparator.comparingLong(id)).toList();
        List<T> page = rest.size() > size ? rest.subList(0, size) : rest;
        return new Page<>(page.stream().map(json).toList(),
                rest.size() > size ? Cursor.next(id.applyAsLong(page.get(page.size() - 1))) : null);
    }
}
