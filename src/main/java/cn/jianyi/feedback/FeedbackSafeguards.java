package cn.jianyi.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jianyi.identity.ClientSighting;

/**
 * The named policy against feedback filled in for the deputy (被满意): flags, with their reasons, an online answer
 * given from an address or a browser that a unit account of the same case worked from, or given within minutes of
 * the reply being signed. A flag is not a verdict: the supervision office looks into it. Only an answer that accepts
 * the reply (满意, 基本满意) can have been made for the unit: 不满意 works against it and is never flagged.
 */
final class FeedbackSafeguards {

    private FeedbackSafeguards() {
    }

    /** A flag to record: its kind and, in words, why. */
    record Finding(FlagKind kind, String detail) {
    }

    /**
     * @param sightings where the accounts of the case's units worked from
     * @param unitNames the short names of those units by id
     * @param people    the names of those units' people by login: a flag names the person, not the login
     */
    static List<Finding> assess(Feedback feedback, Instant replySignedAt, List<ClientSighting> sightings,
                                Map<Long, String> unitNames, Map<String, String> people, Duration soonAfterReply) {
        List<Finding> findings = new ArrayList<>();
        if (feedback.clientAddress() == null) {
            return findings;  // not given online: nothing to compare
        }
        if (!feedback.satisfaction().acceptsTheReply()) {
            return findings;  // 不满意 is not what a unit would make a deputy say
        }
        sightings.stream().filter(s -> s.address().equals(feedback.clientAddress())).findFirst()
                .ifPresent(s -> findings.add(new Finding(FlagKind.SAME_ADDRESS_AS_UNIT,
                        "提交地址 " + feedback.clientAddress() + " 与承办单位" + unitNames.get(s.unitId())
                                + people.getOrDefault(s.username(), s.username()) + "的账号使用过的地址相同")));
        if (feedback.deviceId() != null) {
            sightings.stream().filter(s -> s.deviceId().equals(feedback.deviceId())).findFirst()
                    .ifPresent(s -> findings.add(new Finding(FlagKind.SAME_BROWSER_AS_UNIT,
                            "提交所用浏览器与承办单位" + unitNames.get(s.unitId())
                                    + people.getOrDefault(s.username(), s.username()) + "的账号使用过的浏览器相同")));
        }
        if (replySignedAt != null) {
            Duration after = Duration.between(replySignedAt, feedback.submittedAt());
            if (!after.isNegative() && after.compareTo(soonAfterReply) < 0) {
                findings.add(new Finding(FlagKind.SOON_AFTER_REPLY, "答复签发后 " + minutes(after) + " 即提交评价（"
                        + soonAfterReply.toMinutes() + "分钟内）"));
            }
        }
        return findings;
    }

    private static String minutes(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 60 ? seconds + "秒" : duration.toMinutes() + "分钟";
    }
}
