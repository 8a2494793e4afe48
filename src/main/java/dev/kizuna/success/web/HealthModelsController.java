package dev.kizuna.success.web;

import java.time.LocalDate;
import java.util.UUID;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.success.HealthBacktests;
import dev.kizuna.success.HealthDefinition;
import dev.kizuna.success.HealthModel;
import dev.kizuna.success.HealthModels;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The health-model editor (administrators): the models and their versions; a draft's name, order and definition
 * (its components, bands and routing, as JSON shown beside a table of the components); publishing; and a back-test
 * of a model, optionally side by side with another, before it is published.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class HealthModelsController {

    private final HealthModels models;
    private final HealthBacktests backtests;
    private final FormErrors formErrors;
    private final JsonMapper json;

    HealthModelsController(HealthModels models, HealthBacktests backtests, FormErrors formErrors, JsonMapper json) {
        this.models = models;
        this.backtests = backtests;
        this.formErrors = formErrors;
        this.json = json;
    }

    @GetMapping("/health/models")
    String list(Model model) {
        model.addAttribute("models", models.list());
        return "success/health-models";
    }

    @GetMapping("/health/models/new")
    String newDraft(@RequestParam(required = false) UUID basedOn, Model model) {
        HealthModel base = basedOn == null ? null : models.find(basedOn);
        return form(model, null, base == null ? "" : base.name(), base == null ? 0 : base.position(),
                base == null ? HealthModelExample.JSON : pretty(base.definition()), basedOn);
    }

    @GetMapping("/health/models/{id}")
    String show(@PathVariable UUID id, Model model) {
        HealthModel m = models.find(id);
        return form(model, m, m.name(), m.position(), pretty(m.definition()), null);
    }

    @PostMapping("/health/models")
    String create(@RequestParam String name, @RequestParam(defaultValue = "0") int position,
            @RequestParam String definition, @RequestParam(required = false) UUID basedOn, Model model) {
        return formErrors.save(model, () -> "redirect:/health/models/"
                + models.create(name, position, parse(definition), basedOn).id(),
                () -> form(model, null, name, position, definition, basedOn));
    }

    @PostMapping("/health/models/{id}")
    String update(@PathVariable UUID id, @RequestParam long version, @RequestParam String name,
            @RequestParam(defaultValue = "0") int position, @RequestParam String definition, Model model) {
        return formErrors.saveVersioned(model, () -> "redirect:/health/models/"
                + models.update(id, version, name, position, parse(definition)).id(),
                () -> form(model, models.find(id), name, position, definition, null));
    }

    @PostMapping("/health/models/{id}/publish")
    String publish(@PathVariable UUID id, @RequestParam long version, Model model) {
        HealthModel m = models.find(id);
        return formErrors.saveVersioned(model, () -> "redirect:/health/models/" + models.publish(id, version).id(),
                () -> form(model, m, m.name(), m.position(), pretty(m.definition()), null));
    }

    @PostMapping("/health/models/{id}/backtest")
    String backtest(@PathVariable UUID id, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer daysBefore,
            @RequestParam(required = false) UUID compareWith, Model model) {
        HealthModel m = models.find(id);
        try {
            model.addAttribute("result", backtests.run(id, from, to, daysBefore));
            if (compareWith != null) {
                model.addAttribute("comparison", backtests.run(compareWith, from, to, daysBefore));
            }
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("daysBefore", daysBefore == null ? HealthBacktests.DEFAULT_DAYS_BEFORE : daysBefore);
        model.addAttribute("compareWith", compareWith);
        return form(model, m, m.name(), m.position(), pretty(m.definition()), null);
    }

    private String form(Model model, HealthModel m, String name, int position, String definition, UUID basedOn) {
        model.addAttribute("m", m);
        model.addAttribute("name", name);
        model.addAttribute("position", position);
        model.addAttribute("definition", definition);
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("models", models.list());
        model.addAttribute("measures", models.measures());
        if (!model.containsAttribute("daysBefore")) {
            model.addAttribute("daysBefore", HealthBacktests.DEFAULT_DAYS_BEFORE);
        }
        return "success/health-model";
    }

    private String pretty(HealthDefinition d) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(d);
    }

    private HealthDefinition parse(String text) {
        try {
            return json.readValue(text, HealthDefinition.class);
        } catch (JacksonException e) {
            throw new RuleViolationException(FieldProblem.of("definition", "HealthDefinitionJson"));
        }
    }
}
