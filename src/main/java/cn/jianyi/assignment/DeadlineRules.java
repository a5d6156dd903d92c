package cn.jianyi.assignment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.jianyi.calendar.Window;
import cn.jianyi.calendar.WindowUnit;

/**
 * The reply window from 交办 (代表法第五十一条: 3 months), counted on the working-day calendar. Configurable per
 * deployment until the per-congress rule set replaces it.
 */
@ConfigurationProperties("jianyi.deadlines")
public record DeadlineRules(@DefaultValue("3") int replyAmount, @DefaultValue("MONTHS") WindowUnit replyUnit) {

    public Window reply() {
        return new Window(replyAmount, replyUnit);
    }
}
