package cn.jianyi.statistics.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import cn.jianyi.statistics.ResponseTimes;

/** Labels the dashboard and its Excel export share. */
final class StatisticsLabels {

    private StatisticsLabels() {
    }

    /** 20个工作日以内, 21—40个工作日, …: one label per response-time bucket. */
    static List<String> buckets(MessageSource messages) {
        var labels = new ArrayList<String>();
        int from = 0;
        for (int limit : ResponseTimes.BUCKET_LIMITS) {
            labels.add(from == 0 ? msg(messages, "statistics.bucket.upTo", limit)
                    : msg(messages, "statistics.bucket.range", from, limit));
            from = limit + 1;
        }
        labels.add(msg(messages, "statistics.bucket.over", from - 1));
        return labels;
    }

    static String msg(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
