package cn.jianyi.suggestion;

import java.time.LocalDate;

import cn.jianyi.shared.ChineseNumerals;

/**
 * A meeting with the names it is printed under.
 *
 * @param congressShortName e.g. 区人大
 */
public record MeetingView(long id, long congressId, String congressName, String congressShortName, int term,
                          int meeting, LocalDate openedOn, String replyCopyTo) {

    /** 二届四次会议. */
    public String name() {
        return ChineseNumerals.of(term) + "届" + ChineseNumerals.of(meeting) + "次会议";
    }

    /** 南昌市新建区人民代表大会 二届四次会议, as in lists to choose a meeting from. */
    public String fullName() {
        return congressName + " " + name();
    }

    /** 区人大二届四次会议, as in reply titles. */
    public String shortTitle() {
        return congressShortName + name();
    }
}
