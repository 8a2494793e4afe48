package dev.kizuna.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns rule breaks into sentences that name the field and the rule in the user's language:
 * {@code validation.<code>} with the field's label ({@code field.<name>}) as argument {0}. The API and the
 * HTML forms use this one translator, so a rule reads the same everywhere.
 */
@Component
public class FieldMessages {

    private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d{1,6})\\]\\.");

    private final MessageSource messages;
    private final List<FieldLabels> dataLabels;

    FieldMessages(MessageSource messages, List<FieldLabels> dataLabels) {
        this.messages = messages;
        this.dataLabels = dataLabels;
    }

    public List<FieldMessage> of(List<FieldProblem> problems) {
        return of(problems, LocaleContextHolder.getLocale());
    }

    public List<FieldMessage> of(List<FieldProblem> problems, Locale locale) {
        return problems.stream().map(p -> of(p, locale)).toList();
    }

    public FieldMessage of(FieldProblem problem) {
        return of(problem, LocaleContextHolder.getLocale());
    }

    public FieldMessage of(FieldProblem problem, Locale locale) {
        return of(problem, label(problem.field(), locale), locale);
    }

    /** With the field's label given, for callers whose fields are their own (an import file's columns). */
    public FieldMessage of(FieldProblem problem, String label, Locale locale) {
        Object[] args = new Object[problem.arguments().size() + 1];
        args[0] = label;
        for (int i = 0; i < problem.arguments().size(); i++) {
            args[i + 1] = problem.arguments().get(i);
        }
        String message = messages.getMessage("validation." + problem.code(), args,
                messages.getMessage("validation.Invalid", args, locale), locale);
        return new FieldMessage(problem.field(), problem.code(), row(problem.field(), message, locale));
    }

    /** Bean Validation errors from data binding, as field problems (arguments in Spring's order). */
    public static List<FieldProblem> problems(BindingResult result) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ObjectError error : result.getAllErrors()) {
            String field = error instanceof FieldError fe ? fe.getField() : error.getObjectName();
            String code = error instanceof FieldError fe && fe.isBindingFailure() ? "TypeMismatch" : error.getCode();
            List<Object> args = new ArrayList<>();
            Object[] raw = error.getArguments();
            if (raw != null) {
                for (int i = 1; i < raw.length; i++) { // [0] is Spring's field resolvable; we use our label
                    args.add(raw[i]);
                }
            }
            problems.add(new FieldProblem(field, code, args));
        }
        return problems;
    }

    /**
     * A rule broken on one row of a list (lines[2].taxRate) names the row when the list has a row wording
     * ({@code validation.row.lines} = "{0}行目: {1}"), counted from 1 as a person counts: 「3行目: 税率を入力してください」.
     */
    private String row(String field, String message, Locale locale) {
        Matcher m = ROW.matcher(field);
        if (!m.lookingAt()) {
            return message;
        }
        int number = Integer.parseInt(m.group(2)) + 1;
        return messages.getMessage("validation.row." + rowWording(m.group(1)), new Object[] {number, message}, message,
                locale);
    }

    /** The list's row wording as the module whose page or API this is names it (FieldLabels#rowWording). */
    private String rowWording(String list) {
        String path = requestPath();
        for (FieldLabels source : dataLabels) {
            if (path != null && source.labels(path)) {
                String own = source.rowWording(list);
                if (!own.equals(list)) {
                    return own;
                }
            }
        }
        return list;
    }

    private String label(String field, Locale locale) {
        if (field.matches("^\\w+\\[\\d+\\]\\..+")) { // items[3].name: labelled as name
            field = field.substring(field.indexOf("].") + 2);
        }
        String path = requestPath();
        for (FieldLabels source : dataLabels) {
            if (path != null && !source.labels(path)) {
                continue;
            }
            var label = source.label(field, locale);
            if (label.isPresent()) {
                return label.get();
            }
        }
        return messages.getMessage("field." + field, null, field, locale);
    }

    /** The current request's path, or null outside a request (a job, an import running in the background). */
    private static String requestPath() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            return request.getRequestURI().substring(request.getContextPath().length());
        }
        return null;
    }
}
