package cn.jianyi.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.AccountContact;
import cn.jianyi.identity.ContactDetails;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * 通知: the public API other modules notify people through, and each person's own list of notices.
 * <p>
 * {@link #notify(NoticeRequest)} stores an in-app notice per recipient at once, in the caller's transaction (so a
 * notice exists exactly when the act that caused it was committed), and queues an e-mail and an SMS for each recipient
 * who switched those channels on; those wait for the end of the recipient's quiet hours and are sent by the
 * dispatcher. A notice about a case is recorded on the case's timeline as one {@link CaseAction#NOTIFY} line naming
 * who was notified and how.
 */
@Service
@Transactional
public class Notifications {

    static final int PAGE_SIZE = 30;

    private final NoticeStore store;
    private final Directory directory;
    private final SuggestionManagement suggestions;
    private final Couriers couriers;
    private final MessageSource messages;
    private final Clock clock;

    Notifications(NoticeStore store, Directory directory, SuggestionManagement suggestions, Couriers couriers,
                  MessageSource messages, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.suggestions = suggestions;
        this.couriers = couriers;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Notifies the request's recipients; disabled or unknown logins are left out. Returns the ids of the notices
     * made, one per recipient.
     */
    public List<Long> notify(NoticeRequest request) {
        return notify(List.of(request));
    }

    /**
     * Notifies several groups at once, e.g. a case's units with one text and its deputies with another. The requests
     * about one case are recorded on its timeline as one line.
     */
    public List<Long> notify(List<NoticeRequest> requests) {
        Instant now = clock.instant();
        boolean emailOn = couriers.status().emailOn();
        var noticeIds = new ArrayList<Long>();
        Map<Long, List<Notified>> byCase = new LinkedHashMap<>();
        for (NoticeRequest request : requests) {
            for (AccountContact recipient : directory.accounts(request.recipientIds())) {
                long noticeId = store.insertNotice(recipient.userId(), request, now);
                noticeIds.add(noticeId);
                ContactDetails contact = recipient.contact();
                Instant due = QuietHours.of(contact).map(q -> q.releaseAt(now, clock.getZone())).orElse(now);
                var channels = new ArrayList<DeliveryChannel>();
                if (emailOn && contact.notifyByEmail() && contact.email() != null) {
                    store.insertDelivery(noticeId, DeliveryChannel.EMAIL, contact.email(), due);
                    channels.add(DeliveryChannel.EMAIL);
                }
                if (contact.notifyBySms() && contact.mobile() != null) {
                    store.insertDelivery(noticeId, DeliveryChannel.SMS, contact.mobile(), due);
                    channels.add(DeliveryChannel.SMS);
                }
                if (request.suggestionId() != null) {
                    byCase.computeIfAbsent(request.suggestionId(), id -> new ArrayList<>())
                            .add(new Notified(recipient, channels, due.isAfter(now) ? due : null));
                }
            }
        }
        byCase.forEach((caseId, notified) ->
                suggestions.recordActivity(caseId, CaseAction.NOTIFY, Actor.system(), timelineRemark(notified)));
        return List.copyOf(noticeIds);
    }

    /** One recipient as the timeline line names them: the channels besides in-app, and until when those wait. */
    private record Notified(AccountContact recipient, List<DeliveryChannel> channels, Instant deferredUntil) {
    }

    /** 已通知：区卫健委 熊伟、李卫东；代表 程绮南（站内；邮件：程绮南；短信：熊伟（免打扰，07:00后发送）） */
    private String timelineRemark(List<Notified> notified) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (Notified n : notified) {
            groups.computeIfAbsent(groupOf(n.recipient()), g -> new LinkedHashSet<>()).add(n.recipient().displayName());
        }
        String who = groups.entrySet().stream().map(g -> g.getKey() + " " + String.join("、", g.getValue()))
                .collect(Collectors.joining("；"));
        var how = new ArrayList<String>();
        how.add(message("notification.channel.inApp"));
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            List<String> names = notified.stream().filter(n -> n.channels().contains(channel))
                    .map(n -> n.recipient().displayName() + (n.deferredUntil() == null ? ""
                            : message("notification.timeline.deferred", DateTimeFormatter.ofPattern("HH:mm")
                                    .format(n.deferredUntil().atZone(zone())))))
                    .toList();
            if (!names.isEmpty()) {
                how.add(message("DeliveryChannel." + channel.name()) + "：" + String.join("、", names));
            }
        }
        return message("notification.timeline", who, String.join("；", how));
    }

    private String groupOf(AccountContact recipient) {
        if (recipient.unitId() != null) {
            return directory.findUnit(recipient.unitId()).map(u -> u.shortName())
                    .orElse(message("Role." + recipient.roles().primary().name()));
        }
        return message("Role." + recipient.roles().primary().name());
    }

    /** A page of the person's own notices, newest first (30 a page). */
    @Transactional(readOnly = true)
    public NoticePage noticesOf(long userId, int page) {
        int safePage = Math.min(Math.max(page, 0), Integer.MAX_VALUE / PAGE_SIZE - 1);   // the offset stays an int
        List<Notice> rows = store.page(userId, safePage * PAGE_SIZE, PAGE_SIZE + 1);
        List<Notice> notices = rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows;
        Map<Long, List<Delivery>> deliveries = store.deliveriesOf(notices.stream().map(Notice::id).toList()).stream()
                .collect(Collectors.groupingBy(Delivery::noticeId));
        return new NoticePage(notices, deliveries, safePage, rows.size() > PAGE_SIZE);
    }

    /** How many of the person's notices are unread: one count query (the badge in the top bar). */
    @Transactional(readOnly = true)
    public long unreadCount(long userId) {
        return store.unreadCount(userId);
    }

    /** Marks one of the person's own notices read (again: nothing changes); someone else's is not found. */
    public void markRead(long userId, long noticeId) {
        Notice notice = store.find(userId, noticeId).orElseThrow(() -> new NotFoundException("notice", noticeId));
        if (notice.isUnread()) {
            store.markRead(userId, noticeId, clock.instant());
        }
    }

    /** Marks every unread notice of the person read; returns how many. */
    public int markAllRead(long userId) {
        return store.markAllRead(userId, clock.instant());
    }

    /** Opens one of the person's own notices: marks it read and returns where it links (the list if nowhere). */
    public String open(long userId, long noticeId) {
        markRead(userId, noticeId);
        return store.find(userId, noticeId).map(Notice::link).filter(NoticeRequest::isLocalPath)
                .orElse("/notifications");
    }

    /** Which channels can reach people now. */
    @Transactional(readOnly = true)
    public ChannelStatus channelStatus() {
        return couriers.status();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
