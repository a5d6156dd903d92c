package cn.jianyi.demo;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.SuggestionQueries;

/**
 * The demo's reference case — suggestion No. 43 of the fourth meeting of the second district congress, answered by
 * the district health commission and rated 满意, as in the reference document. Present only with the demo data.
 */
@Component
@ConditionalOnProperty(name = "jianyi.demo.enabled", havingValue = "true")
public class DemoReference {

    static final int TERM = 2;
    static final int MEETING = 4;
    static final int NUMBER = 43;

    private final Meetings meetings;
    private final SuggestionQueries queries;

    DemoReference(Meetings meetings, SuggestionQueries queries) {
        this.meetings = meetings;
        this.queries = queries;
    }

    /** The reference case's suggestion id, once the demo data is in. */
    public Optional<Long> suggestionId() {
        return meetings.all().stream().filter(m -> m.term() == TERM && m.meeting() == MEETING).findFirst()
                .flatMap(meeting -> queries.findId(meeting.id(), NUMBER));
    }
}
