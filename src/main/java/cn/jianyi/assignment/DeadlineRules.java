package cn.jianyi.assignment;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reply deadlines. For now a plain calendar period from the 交办 date (代表法第五十一条: 3 months); the working-day
 * calendar and the per-congress rule set replace this later.
 */
@ConfigurationProperties("jianyi.deadlines")
public record DeadlineRules(@DefaultValue("P3M") Period reply) {

    /**
     * The reply deadline: the start day is not counted and a month period ends on the corresponding day, or the
     * month's last day where there is none (民法典第二百零一、二百零二条), which {@link LocalDate#plus} does.
     */
    public LocalDate replyDueOn(LocalDate assignedOn) {
        return assignedOn.plus(reply);
    }
}
