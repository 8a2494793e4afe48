package dev.kizuna.customers.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.customers.CustomField;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A custom value as people read it: ¥1,200, 2026年4月1日, ✓, choices joined with 、, a user's name. */
@Component("customDisplay")
public class CustomFieldDisplay {

    private final Formats formats;
    private final Users users;
    private final MessageSource messages;

    CustomFieldDisplay(Formats formats, Users users, MessageSource messages) {
        this.formats = formats;
        this.users = users;
        this.messages = messages;
    }

    public String text(CustomField field, Object value) {
        if (value == null || (value instanceof String s && s.isEmpty())) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return switch (field.type()) {
            case MONEY -> formats.money(((Number) value).longValue(), "JPY");
            case NUMBER -> java.text.NumberFormat.getNumberInstance(locale).format(value);
            case DATE -> formats.date(LocalDate.parse(value.toString()));
            case CHECKBOX -> Boolean.TRUE.equals(value) ? messages.getMessage("form.yes", null, locale)
                    : messages.getMessage("form.no", null, locale);
            case MULTIPLE_CHOICE -> String.join("ja".equals(locale.getLanguage()) ? "、" : ", ",
                    value instanceof List<?> l ? l.stream().map(Object::toString).toList() : List.of(value.toString()));
            case USER -> Ids.parse(value.toString()).map(this::userName).orElse("");
            default -> value.toString();
        };
    }

    private String userName(UUID id) {
        try {
            return users.find(id).displayName();
        } catch (dev.kizuna.platform.api.NotFoundException e) {
            return ""; // the user was removed from the database by hand; the value stays as it was
        }
    }
}
