package dev.kizuna.voice.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.input.RejectedParameterException;
import dev.kizuna.platform.web.PublicPath;
import dev.kizuna.voice.Survey;
import dev.kizuna.voice.SurveyAnswering;
import dev.kizuna.voice.SurveyQuestion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public answer page {@code /s/{token}}: no sign-in, phone-first, in the survey's language (an unknown link in the
 * browser's). Rate-limited by the platform ({@link PublicPath}, 60 a minute per client). A honeypot field people
 * never see ({@code website}) drops robots' posts silently. Refused answers come back with each question's message and
 * what was typed; nothing is stored until every answer is right.
 */
@Controller
class SurveyPageController {

    private static final Logger log = LoggerFactory.getLogger(SurveyPageController.class);
    static final int MAX_PARAMETERS = 200;
    private static final List<String> TEXTS = List.of("voice.answer.submit", "voice.answer.required",
            "voice.answer.unknown", "voice.answer.used", "voice.answer.thanks", "voice.answer.npsLow",
            "voice.answer.npsHigh", "voice.answer.ratingLow", "voice.answer.ratingHigh", "voice.answer.errors",
            "voice.answer.unknownTitle", "voice.answer.usedTitle", "voice.answer.hp", "voice.answer.textHint");

    private final SurveyAnswering answering;
    private final MessageSource messages;
    private final FieldMessages fieldMessages;

    SurveyPageController(SurveyAnswering answering, MessageSource messages, FieldMessages fieldMessages) {
        this.answering = answering;
        this.messages = messages;
        this.fieldMessages = fieldMessages;
    }

    @Bean
    static PublicPath surveyPages() {
        return new PublicPath("/s/", 60);
    }

    @GetMapping("/s/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        SurveyAnswering.Page page = answering.open(token);
        return show(page, token, Map.of(), Map.of(), model, response);
    }

    @PostMapping("/s/{token}")
    String answer(@PathVariable String token, HttpServletRequest request, Model model,
            HttpServletResponse response) {
        SurveyAnswering.Page page = answering.open(token);
        if (!"open".equals(page.state())) {
            return show(page, token, Map.of(), Map.of(), model, response);
        }
        Map<String, List<String>> given = new LinkedHashMap<>();
        request.getParameterMap().entrySet().stream().limit(MAX_PARAMETERS)
                .forEach(e -> given.put(e.getKey(), List.of(e.getValue())));
        String honeypot = request.getParameter("website");
        if (honeypot != null && !honeypot.isEmpty()) {
            log.info("Survey answer dropped as spam (honeypot)");
            return thanks(page.survey(), model);
        }
        try {
            answering.answer(token, given);
            return thanks(page.survey(), model);
        } catch (RuleViolationException e) {
            Locale locale = Locale.forLanguageTag(page.survey().language());
            boolean linkGone = e.problems().stream().anyMatch(p -> "token".equals(p.field()));
            if (linkGone) {
                return show(answering.open(token), token, Map.of(), Map.of(), model, response);
            }
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                String label = page.survey().questions().stream().filter(q -> ("q" + q.position()).equals(p.field()))
                        .map(SurveyQuestion::label).findFirst().orElse(p.field());
                errors.put(p.field(), fieldMessages.of(p, label, locale).message());
            }
            response.setStatus(422);
            return show(page, token, errors, given, model, response);
        }
    }

    /**
     * A value the platform refused before this controller ran (past 10,000 characters, a NUL …): the same page with
     * that question's message in the survey's language, nothing stored.
     */
    @ExceptionHandler(RejectedParameterException.class)
    String refused(RejectedParameterException e, HttpServletRequest request, Model model, HttpServletResponse response) {
        String path = request.getRequestURI();
        String token = path.substring(path.lastIndexOf('/') + 1);
        SurveyAnswering.Page page = answering.open(token);
        if (!"open".equals(page.state())) {
            return show(page, token, Map.of(), Map.of(), model, response);
        }
        FieldProblem p = e.problem();
        FieldProblem said = "Size".equals(p.code()) ? FieldProblem.of(p.field(), "Size", SurveyQuestion.MAX_TEXT, 0) : p;
        Locale locale = Locale.forLanguageTag(page.survey().language());
        String label = page.survey().questions().stream().filter(q -> ("q" + q.position()).equals(p.field()))
                .map(SurveyQuestion::label).findFirst().orElse(p.field());
        response.setStatus(422);
        return show(page, token, Map.of(p.field(), fieldMessages.of(said, label, locale).message()), Map.of(), model,
                response);
    }

    private String show(SurveyAnswering.Page page, String token, Map<String, String> errors,
            Map<String, List<String>> given, Model model, HttpServletResponse response) {
        Locale locale = page.survey() == null ? LocaleContextHolder.getLocale()
                : Locale.forLanguageTag(page.survey().language());
        model.addAttribute("t", texts(locale));
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("state", page.state());
        model.addAttribute("survey", page.survey());
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        Map<String, String> typed = new HashMap<>();
        given.forEach((k, v) -> typed.put(k, v.isEmpty() ? "" : v.getFirst()));
        model.addAttribute("typed", typed);
        model.addAttribute("chosen", given);
        if ("unknown".equals(page.state())) {
            response.setStatus(404);
        } else if ("used".equals(page.state())) {
            response.setStatus(410);
        }
        return "voice/answer";
    }

    private String thanks(Survey survey, Model model) {
        Locale locale = Locale.forLanguageTag(survey.language());
        model.addAttribute("t", texts(locale));
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("survey", survey);
        return "voice/answer-thanks";
    }

    private Map<String, String> texts(Locale locale) {
        Map<String, String> t = new HashMap<>();
        TEXTS.forEach(k -> t.put(k.substring("voice.answer.".length()), messages.getMessage(k, null, locale)));
        return t;
    }
}
