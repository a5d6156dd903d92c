package cn.jianyi.handling;

import java.time.LocalDate;
import java.util.List;

/**
 * What the deputies answered on a signed reply, for the unit drafting the next round (ADR 0045). The feedback module
 * owns the answers and provides this (it depends on handling; handling does not depend on it).
 */
public interface RoundFeedback {

    /**
     * A deputy's current answer (a corrected one replaced by its correction).
     *
     * @param satisfaction overall opinion, result and attitude as the names of {@code feedback.Satisfaction}
     *                     ({@code DISSATISFIED} …), shown through their {@code Satisfaction.*} labels
     */
    record Answer(String deputyName, String satisfaction, String result, String attitude, String comment,
                  LocalDate givenOn) {
    }

    /** The current answers to the reply, in the order they were given. */
    List<Answer> answersTo(long replyId);
}
