package cn.jianyi.api.web;

import org.springframework.stereotype.Component;

import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionDetails;

/** A case file as the API returns it, for reading and for the answer to a registration. */
@Component
class CaseJson {

    private final Labels labels;

    CaseJson(Labels labels) {
        this.labels = labels;
    }

    ApiJson.CaseDetail of(SuggestionDetails details) {
        Suggestion s = details.suggestion();
        return new ApiJson.CaseDetail(s.id(), new ApiJson.MeetingRef(details.meeting().id(), details.meeting().fullName()),
                s.number(), s.title(), s.content(), labels.of(s.category()), labels.of(s.status()), s.receivedOn(),
                new ApiJson.Named(details.leadDeputy().id(), details.leadDeputy().name()),
                details.coSigners().stream().map(d -> new ApiJson.Named(d.id(), d.name())).toList(),
                details.units().stream().map(u -> new ApiJson.CaseUnit(u.unit().id(), u.unit().shortName(),
                        labels.of(u.role()), u.dueOn())).toList(),
                s.isKey(), "/api/v1/cases/" + s.id() + "/replies");
    }
}
