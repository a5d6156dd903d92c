package cn.jianyi.notification;

import java.util.List;
import java.util.Map;

/**
 * One page of a person's notices, newest first, with the e-mail and SMS of each.
 *
 * @param page    0-based
 * @param hasNext whether older notices follow
 */
public record NoticePage(List<Notice> notices, Map<Long, List<Delivery>> deliveries, int page, boolean hasNext) {

    public NoticePage {
        notices = List.copyOf(notices);
        deliveries = Map.copyOf(deliveries);
    }

    public List<Delivery> deliveriesOf(long noticeId) {
        return deliveries.getOrDefault(noticeId, List.of());
    }
}
