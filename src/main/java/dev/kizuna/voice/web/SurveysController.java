package dev.kizuna.voice.web;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.voice.SurveyBreakdown;
import dev.kizuna.voice.SurveyBreakdowns;
import dev.kizuna.voice.SurveyDraft;
import dev.kizuna.voice.SurveyQuestion;
import dev.kizuna.voice.SurveySending;
import dev.kizuna.voice.Surveys;
import dev.kizuna.work.TargetLists;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Surveys for signed-in people: the list, writing one (up to six questions on the page), results (overall, per segment
 * and per month, over chosen months) and sending.
 */
@Controller
class SurveysController {

    static final int FORM_QUESTIONS = 6;

    private final Surveys surveys;
    private final SurveySending sending;
    private final TargetLists targetLists;
    private final FormErrors formErrors;
    private final SurveyBreakdowns breakdowns;
    private final MessageSource messages;

    SurveysController(Surveys surveys, SurveySending sending, TargetLists targetLists, FormErrors formErrors,
            SurveyBreakdowns breakdowns, MessageSource messages) {
        this.surveys = surveys;
        this.breakdowns = breakdowns;
        this.messages = messages;
        this.sending = sending;
        this.targetLists = targetLists;
        this.formErrors = formErrors;
    }

    @GetMapping("/voice/surveys")
    String list(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", surveys.list(PageQuery.of(50, cursor)));
        model.addAttribute("kinds", SurveyQuestion.KINDS);
        model.addAttribute("rows", FORM_QUESTIONS);
        return "voice/surveys";
    }

    @PostMapping("/voice/surveys")
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) String language,
            @RequestParam(required = false) String intro, @RequestParam(required = false) String thanks,
            @RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(defaultValue = "false") boolean openLink,
            @RequestParam(required = false) List<String> kind, @RequestParam(required = false) List<String> label,
            @RequestParam(required = false) List<String> choices, @RequestParam(required = false) List<String> optional,
            Model model, RedirectAttributes redirect) {
        List<SurveyDraft.QuestionDraft> questions = new ArrayList<>();
        for (int i = 0; label != null && i < Math.min(label.size(), FORM_QUESTIONS); i++) {
            if (label.get(i) == null || label.get(i).isBlank()) {
                continue;
            }
            String c = choices == null || choices.size() <= i ? "" : choices.get(i);
            questions.add(new SurveyDraft.QuestionDraft(kind == null || kind.size() <= i ? null : kind.get(i),
                    label.get(i), Arrays.stream(c.split("[,、\\n]")).map(String::strip).toList(),
                    optional == null || !optional.contains(String.valueOf(i))));
        }
        try {
            var created = surveys.create(new SurveyDraft(title, language, intro, thanks, anonymous, openLink,
                    questions));
            if (created.openLink() != null) {
                Flash.success(redirect, "voice.flash.surveyOpenLink", created.openLink());
            } else {
                Flash.success(redirect, "voice.flash.surveyCreated");
            }
            return "redirect:/voice/surveys/" + created.survey().id();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            return list(null, model);
        }
    }

    @GetMapping("/voice/surveys/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String by,
            @RequestParam(required = false) String since, @RequestParam(required = false) String until, Model model) {
        model.addAttribute("survey", surveys.find(id));
        YearMonth from = SurveyChartRows.month(since);
        YearMonth to = SurveyChartRows.month(until);
        if (from != null && to != null && to.isBefore(from)) {
            to = from;
        }
        String dimension = by != null && SurveyBreakdown.DIMENSIONS.contains(by) ? by : SurveyBreakdown.DIMENSIONS.getFirst();
        Instant start = SurveyChartRows.start(from);
        Instant end = SurveyChartRows.end(to);
        model.addAttribute("results", surveys.results(id, start, end));
        model.addAttribute("chart", SurveyChartRows.of(breakdowns.breakdown(id, dimension, start, end), messages,
                LocaleContextHolder.getLocale()));
        model.addAttribute("by", dimension);
        model.addAttribute("dimensions", SurveyBreakdown.DIMENSIONS);
        model.addAttribute("since", from);
        model.addAttribute("until", to);
        model.addAttribute("responses", surveys.responses(id, null, start, end, PageQuery.first(20)).items());
        model.addAttribute("targetLists", targetLists.list(false));
        return "voice/survey";
    }

    @PostMapping("/voice/surveys/{id}/send")
    String send(@PathVariable UUID id, @RequestParam(required = false) String targetListId,
            RedirectAttributes redirect, Model model) {
        try {
            var result = sending.send(id, List.of(), ApiValues.optionalId("targetListId", targetListId));
            Flash.success(redirect, "voice.flash.surveySent", result.sent().size(), result.skipped().size());
            return "redirect:/voice/surveys/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            return show(id, null, null, null, model);
        }
    }
}
