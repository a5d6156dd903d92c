package cn.jianyi.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a due e-mail to the SMTP server (Spring Boot's {@link JavaMailSender}, present only when
 * {@code spring.mail.host} is set) and a due SMS to the {@link SmsGateway}. Throws when the message did not go.
 */
@Component
class Couriers {

    private final ObjectProvider<JavaMailSender> mail;
    private final SmsGateway sms;
    private final NotificationSettings settings;
    private final MessageSource messages;

    Couriers(ObjectProvider<JavaMailSender> mail, SmsGateway sms, NotificationSettings settings,
             MessageSource messages) {
        this.mail = mail;
        this.sms = sms;
        this.settings = settings;
        this.messages = messages;
    }

    ChannelStatus status() {
        return new ChannelStatus(mail.getIfAvailable() != null, !(sms instanceof LoggingSmsGateway));
    }

    void send(NoticeStore.DueDelivery delivery) {
        switch (delivery.channel()) {
            case EMAIL -> email(delivery);
            case SMS -> sms.send(delivery.address(), smsText(delivery));
        }
    }

    private void email(NoticeStore.DueDelivery delivery) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("e-mail is off: spring.mail.host is not set");
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.mailFrom());
            helper.setTo(delivery.address());
            helper.setSubject(delivery.title());
            helper.setText(emailText(delivery));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }

    private String emailText(NoticeStore.DueDelivery delivery) {
        var text = new StringBuilder(delivery.body());
        if (delivery.link() != null) {
            text.append("\n\n").append(message("notification.email.link",
                    settings.baseUrl().replaceAll("/+$", "") + delivery.link()));
        }
        return text.append("\n\n").append(message("notification.email.footer", settings.smsSignature())).toString();
    }

    /** The signature and the title only: a text message stays short. */
    private String smsText(NoticeStore.DueDelivery delivery) {
        return message("notification.sms.text", settings.smsSignature(), delivery.title());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
