package cn.jianyi.api.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Chinese labels of the enums the API returns, from the pages' own messages ({@code Suggestion.Status.ASSIGNED}). */
@Component
class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    ApiJson.Coded of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        Class<?> type = value.getDeclaringClass();
        String key = (type.getEnclosingClass() == null ? "" : type.getEnclosingClass().getSimpleName() + ".")
                + type.getSimpleName() + "." + value.name();
        return new ApiJson.Coded(value.name(), messages.getMessage(key, null, value.name(), Locale.SIMPLIFIED_CHINESE));
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
