package cn.jianyi.directory.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.DeputyDirectory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.UnitDirectory;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.shared.Spreadsheet.Column;
import cn.jianyi.shared.web.Downloads;
import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.CongressDirectory;

/**
 * The unit and deputy lists to Excel, of one congress or of all ({@code congressId} naming none), with the columns
 * the office keeps its own lists in.
 */
@Controller
@PreAuthorize("hasAuthority('directory:manage')")
class DirectoryExportController {

    static final List<Column> UNITS = List.of(new Column("所属人大", 28), new Column("单位全称", 36),
            new Column("简称", 16), new Column("机关代字", 12), new Column("联系电话", 16), new Column("邮政编码", 10),
            new Column("通信地址", 36), new Column("职能", 48), new Column("状态", 8));
    static final List<Column> DEPUTIES = List.of(new Column("所属人大", 28), new Column("姓名", 10),
            new Column("代表团", 20), new Column("届别", 28), new Column("手机", 16), new Column("通信地址", 36),
            new Column("邮政编码", 10), new Column("状态", 8));

    private final UnitDirectory units;
    private final DeputyDirectory deputies;
    private final CongressDirectory congresses;
    private final Clock clock;

    DirectoryExportController(UnitDirectory units, DeputyDirectory deputies, CongressDirectory congresses,
                              Clock clock) {
        this.units = units;
        this.deputies = deputies;
        this.congresses = congresses;
        this.clock = clock;
    }

    @GetMapping("/directory/units/export.xlsx")
    void units(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String congressId,
               HttpServletResponse response) throws IOException {
        Map<Long, String> names = congressNames();
        try (var book = Spreadsheet.create("承办单位", UNITS)) {
            for (HandlingUnit u : units.units(chosen(congressId, names))) {
                if (!me.congressScope().coversCongress(u.congressId())) {
                    continue;                                   // another congress's (ADR 0042)
                }
                book.row(names.get(u.congressId()), u.fullName(), u.shortName(), u.docCode(), u.phone(),
                        u.postcode(), u.address(), u.responsibilities(), u.active() ? "启用" : "停用");
            }
            Downloads.xlsx(response, "承办单位-" + LocalDate.now(clock), book);
        }
    }

    @GetMapping("/directory/deputies/export.xlsx")
    void deputies(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.jianyi.identity.CurrentUser me, @RequestParam(required = false) String congressId,
                  HttpServletResponse response)
            throws IOException {
        Map<Long, String> names = congressNames();
        Map<Long, String> terms = congresses.termChoices().stream()
                .collect(Collectors.toMap(CongressDirectory.TermChoice::id, CongressDirectory.TermChoice::label));
        try (var book = Spreadsheet.create("代表", DEPUTIES)) {
            for (Deputy d : deputies.deputies(chosen(congressId, names))) {
                if (!me.congressScope().coversCongress(d.congressId())) {
                    continue;
                }
                book.row(names.get(d.congressId()), d.name(), d.delegation(),
                        deputies.termsOf(d.id()).stream().map(terms::get).collect(Collectors.joining("、")),
                        d.phone(), d.address(), d.postcode(), d.active() ? "启用" : "停用");
            }
            Downloads.xlsx(response, "代表-" + LocalDate.now(clock), book);
        }
    }

    private Map<Long, String> congressNames() {
        return congresses.congresses().stream().map(CongressDirectory.CongressEntry::congress)
                .collect(Collectors.toMap(Congress::id, Congress::name));
    }

    /** The congress the parameter names, or {@code null} (every congress). */
    private static Long chosen(String congressId, Map<Long, String> names) {
        return names.keySet().stream().filter(id -> String.valueOf(id).equals(congressId)).findFirst().orElse(null);
    }
}
