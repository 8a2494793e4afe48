package dev.kizuna.sales.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.identity.Roles;
import dev.kizuna.identity.UserSummary;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.sales.Coaching;
import dev.kizuna.sales.CoachingNotes;
import dev.kizuna.sales.Deals;
import dev.kizuna.sales.Forecast;
import dev.kizuna.sales.Pipeline;
import dev.kizuna.sales.Pipelines;
import dev.kizuna.sales.SalesTargets;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * コーチング (seed 004's best rep reviewing every deal): the day's moved, stalled and lost deals by rep, each opened in
 * place with its notes; the notes panel on the deal page; the forecast (売上見込) and the targets (予算) grid.
 */
@Controller
class CoachingController {

    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final CoachingNotes notes;
    private final Coaching coaching;
    private final Deals deals;
    private final Forecast forecast;
    private final SalesTargets targets;
    private final Pipelines pipelines;
    private final Users users;
    private final Roles roles;
    private final FormErrors formErrors;

    CoachingController(CoachingNotes notes, Coaching coaching, Deals deals, Forecast forecast, SalesTargets targets,
            Pipelines pipelines, Users users, Roles roles, FormErrors formErrors) {
        this.notes = notes;
        this.coaching = coaching;
        this.deals = deals;
        this.forecast = forecast;
        this.targets = targets;
        this.pipelines = pipelines;
        this.users = users;
        this.roles = roles;
        this.formErrors = formErrors;
    }

    @GetMapping("/deals/coaching")
    String day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        LocalDate chosen = day != null ? day : LocalDate.now(ZONE);
        model.addAttribute("coachingDay", notes.day(chosen));
        model.addAttribute("previousDay", chosen.minusDays(1));
        model.addAttribute("nextDay", chosen.plusDays(1));
        if (CurrentActor.hasRole("ADMIN")) {
            model.addAttribute("roles", roles.list(false));
            model.addAttribute("coachRoleId", coaching.coachRoleId());
        }
        return "sales/coaching";
    }

    @PostMapping("/deals/coaching/role")
    String coachRole(@RequestParam(required = false) UUID coachRoleId, RedirectAttributes redirect) {
        coaching.setCoachRole(coachRoleId);
        dev.kizuna.platform.web.Flash.success(redirect, "sales.coaching.roleSaved");
        return "redirect:/deals/coaching";
    }

    /** The notes panel of a deal: opened in place in the coaching view, and lazily on the deal's page. */
    @GetMapping("/deals/{id}/coaching")
    String panel(@PathVariable UUID id, Model model) {
        return panelModel(id, model);
    }

    @PostMapping("/deals/{id}/coaching")
    String add(@PathVariable UUID id, @RequestParam(defaultValue = "comment") String kind,
            @RequestParam(required = false) String body, @RequestParam(required = false) String nextStep,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextStepOn,
            Model model) {
        try {
            notes.add(id, kind, body, nextStep, nextStepOn);
            model.addAttribute("saved", true);
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("typed", Map.of("kind", kind, "body", body == null ? "" : body,
                    "nextStep", nextStep == null ? "" : nextStep, "nextStepOn", nextStepOn == null ? "" : nextStepOn));
        }
        return panelModel(id, model);
    }

    @PostMapping("/deals/{id}/coaching/{noteId}/acknowledge")
    String acknowledge(@PathVariable UUID id, @PathVariable UUID noteId, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean accept, @RequestParam(required = false) Long dealVersion,
            Model model) {
        try {
            notes.acknowledge(noteId, version, accept, dealVersion);
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        }
        return panelModel(id, model);
    }

    private String panelModel(UUID id, Model model) {
        model.addAttribute("deal", deals.find(id));
        model.addAttribute("notes", notes.of(id));
        model.addAttribute("canCoach", notes.canWrite());
        model.addAttribute("me", CurrentActor.idOrNull());
        model.addAttribute("isManager", CurrentActor.hasRole("MANAGER"));
        return "sales/coaching-panel :: panel";
    }

    @GetMapping("/deals/forecast")
    String forecast(@RequestParam(required = false) UUID pipeline, @RequestParam(required = false) String since,
            @RequestParam(required = false) String until, Model model) {
        List<Pipeline> all = pipelines.list(false);
        model.addAttribute("pipelines", all);
        model.addAttribute("isManager", CurrentActor.hasRole("MANAGER"));
        YearMonth from = month(since, YearMonth.now(ZONE));
        YearMonth to = month(until, from.plusMonths(2));
        model.addAttribute("since", from);
        model.addAttribute("until", to);
        if (all.isEmpty()) {
            return "sales/forecast";
        }
        UUID chosen = pipeline != null && all.stream().anyMatch(p -> p.id().equals(pipeline)) ? pipeline
                : all.getFirst().id();
        model.addAttribute("pipelineId", chosen);
        try {
            model.addAttribute("forecast", forecast.of(chosen, from, to));
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        }
        return "sales/forecast";
    }

    /** The targets grid of a fiscal year (April to March, 年度): one row a rep, saved a row at a time. */
    @GetMapping("/deals/targets")
    String targetsPage(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            Model model) {
        int fiscalYear = year != null ? year : fiscalYear(LocalDate.now(ZONE));
        YearMonth first = YearMonth.of(fiscalYear, 4);
        List<YearMonth> months = java.util.stream.Stream.iterate(first, m -> m.plusMonths(1)).limit(12).toList();
        Map<UUID, Map<YearMonth, SalesTargets.Target>> byRep = new LinkedHashMap<>();
        targets.between(first, first.plusMonths(11))
                .forEach(t -> byRep.computeIfAbsent(t.userId(), k -> new LinkedHashMap<>()).put(t.month(), t));
        // Everyone who sells (members and up), by furigana; a name or e-mail narrows a long list down.
        List<UserSummary> reps = users.list(new dev.kizuna.identity.UserFilter(q == null || q.isBlank() ? null : q.strip(),
                        null, true, null, "kana", false), dev.kizuna.platform.api.PageQuery.first(
                        dev.kizuna.platform.api.PageQuery.MAX_LIMIT)).items().stream()
                .filter(u -> u.level().ordinal() <= dev.kizuna.identity.PermissionLevel.MEMBER.ordinal()).toList();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("year", fiscalYear);
        model.addAttribute("months", months);
        model.addAttribute("reps", reps);
        model.addAttribute("targets", byRep);
        return "sales/targets";
    }

    /** Saves one rep's row: every month whose amount changed, with its version; a stale one keeps the whole row. */
    @PostMapping("/deals/targets")
    String saveTargets(@RequestParam int year, @RequestParam UUID userId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            saveRow(year, userId, form);
            dev.kizuna.platform.web.Flash.success(redirect, "sales.targets.saved");
            String q = form.getOrDefault("q", "");
            return "redirect:/deals/targets?year=" + year + (q.isBlank() ? ""
                    : "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        }
        model.addAttribute("typedRep", userId);
        model.addAttribute("typed", form);
        return targetsPage(year, form.get("q"), model);
    }

    private void saveRow(int year, UUID userId, Map<String, String> form) {
        targets.setRow(userId, YearMonth.of(year, 4), form);
    }

    static int fiscalYear(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    private static YearMonth month(String text, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
