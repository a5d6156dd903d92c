package cn.jianyi.assignment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.jianyi.calendar.Window;
import cn.jianyi.calendar.WindowUnit;

/**
 * The handling windows, counted on the working-day calendar; defaults are the national baseline of the domain guide
 * (§4.1). Configurable per deployment until the per-congress rule set replaces it.
 *
 * @param replyAmount       答复期限, from 交办 (代表法第五十一条: 3 months)
 * @param returnAmount      申请退回 window, from 交办 (7 working days)
 * @param opinionAmount     协办意见 due to the lead unit, from 交办 (1 month)
 * @param rehandlingAmount  重新办理 reply, from the office's decision (1 month)
 * @param extensionAmount   the furthest an approved extension reaches beyond the current deadline (3 months)
 */
@ConfigurationProperties("jianyi.deadlines")
public record DeadlineRules(@DefaultValue("3") int replyAmount, @DefaultValue("MONTHS") WindowUnit replyUnit,
                            @DefaultValue("7") int returnAmount, @DefaultValue("WORKDAYS") WindowUnit returnUnit,
                            @DefaultValue("1") int opinionAmount, @DefaultValue("MONTHS") WindowUnit opinionUnit,
                            @DefaultValue("1") int rehandlingAmount, @DefaultValue("MONTHS") WindowUnit rehandlingUnit,
                            @DefaultValue("3") int extensionAmount, @DefaultValue("MONTHS") WindowUnit extensionUnit) {

    public Window reply() {
        return new Window(replyAmount, replyUnit);
    }

    public Window returnWindow() {
        return new Window(returnAmount, returnUnit);
    }

    public Window coUnitOpinion() {
        return new Window(opinionAmount, opinionUnit);
    }

    public Window rehandling() {
        return new Window(rehandlingAmount, rehandlingUnit);
    }

    public Window extensionLimit() {
        return new Window(extensionAmount, extensionUnit);
    }
}
