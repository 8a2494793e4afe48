package dev.kizuna.dataio.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.dataio.DataImport;
import dev.kizuna.dataio.ImportMode;
import dev.kizuna.dataio.ImportSettings;
import dev.kizuna.dataio.ImportRuns;
import dev.kizuna.dataio.Imports;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: upload, the mapping screen (columns, sample values, the field each goes to, mode, key,
 * charset), the dry run's counts and errors, and the progress bar of a run that htmx refreshes every second.
 */
@Controller
class ImportsController {

    private final Imports imports;
    private final ImportRuns importRuns;
    private final FormErrors formErrors;
    private final dev.kizuna.identity.Users users;

    ImportsController(Imports imports, ImportRuns importRuns, FormErrors formErrors, dev.kizuna.identity.Users users) {
        this.importRuns = importRuns;
        this.imports = imports;
        this.formErrors = formErrors;
        this.users = users;
    }

    @GetMapping("/imports")
    String list(Model model) {
        model.addAttribute("imports", imports.recent());
        return "dataio/imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "company") String objectType, Model model, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            formErrors.show(model, List.of(dev.kizuna.platform.api.FieldProblem.of("file", "NotBlank")));
            return list(model);
        }
        try (InputStream in = file.getInputStream()) {
            Imports.Uploaded uploaded = imports.upload(objectType, file.getOriginalFilename(), in);
            if (uploaded.existing()) {
                Flash.warning(redirect, "dataio.import.sameFile", uploaded.dataImport().fileName());
            }
            return "redirect:/imports/" + uploaded.dataImport().id();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            return list(model);
        }
    }

    @GetMapping("/imports/{id}")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        DataImport dataImport = imports.find(id);
        model.addAttribute("job", dataImport);
        model.addAttribute("source", Imports.recognisedSource(dataImport));
        if (dataImport.editable()) {
            model.addAttribute("preview", imports.preview(id));
            model.addAttribute("targets", imports.targets(dataImport.objectType()));
            model.addAttribute("targetLabels", imports.targetLabels(dataImport.objectType(), locale));
            model.addAttribute("keys", Imports.keys(dataImport.objectType()));
            model.addAttribute("historyOnly", Imports.historyOnly(dataImport.objectType()));
            model.addAttribute("savedMappings", imports.savedMappings(dataImport.objectType()));
            model.addAttribute("owners", users.pickable());
        }
        addErrors(model, dataImport, locale);
        model.addAttribute("canUndo", List.of("done", "cancelled", "failed").contains(dataImport.status())
                && dev.kizuna.platform.security.CurrentActor.hasRole("MANAGER"));
        return "dataio/import";
    }

    @GetMapping("/imports/{id}/progress")
    String progress(@PathVariable UUID id, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        DataImport dataImport = imports.find(id);
        model.addAttribute("job", dataImport);
        addErrors(model, dataImport, locale);
        if (!dataImport.active() && Htmx.isHtmx(request)) {
            response.setHeader("HX-Refresh", "true"); // the run ended: show the finished page with its actions
        }
        return "dataio/import :: progress";
    }

    private void addErrors(Model model, DataImport dataImport, Locale locale) {
        String pass = dataImport.dryRunning() || "dry_run_done".equals(dataImport.status()) ? "dry" : "run";
        model.addAttribute("pass", pass);
        model.addAttribute("errorCount", importRuns.errorCount(dataImport.id(), pass));
        model.addAttribute("errorList", importRuns.errors(dataImport.id(), pass, 20, locale));
        // The field each error's column went into, in the reader's words: the file's own heading may be in another language.
        model.addAttribute("fieldLabels", imports.targetLabels(dataImport.objectType(), locale));
    }

    @PostMapping("/imports/{id}/mapping")
    String map(@PathVariable UUID id, @RequestParam(name = "target", required = false) List<String> targets,
            @RequestParam(defaultValue = "insert") String mode, @RequestParam(required = false) String matchKey,
            @RequestParam(defaultValue = "auto") String charset, @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) String mappingName, @RequestParam(required = false) UUID defaultOwnerId,
            @RequestParam(required = false) String duplicates, @RequestParam(required = false) List<String> widenKana,
            Model model, Locale locale, RedirectAttributes redirect) {
        DataImport before = imports.find(id);
        List<String> mapping = targets == null ? before.mapping() : new ArrayList<>(targets);
        return formErrors.save(model, () -> {
            if ("apply".equals(action)) {
                imports.applyMapping(id, mappingName);
                return "redirect:/imports/" + id;
            }
            // the box sends "false" from its hidden field and "true" when ticked
            Boolean widen = widenKana == null ? null : widenKana.contains("true");
            imports.configure(id, new ImportSettings(mapping, ImportMode.ofCode(mode), matchKey, charset,
                    defaultOwnerId, duplicates, widen));
            switch (action) {
                case "dryRun" -> importRuns.dryRun(id);
                case "start" -> importRuns.start(id);
                case "saveMapping" -> {
                    imports.saveMapping(id, mappingName);
                    Flash.success(redirect, "dataio.import.mappingSaved", mappingName);
                }
                default -> Flash.success(redirect, "dataio.import.saved");
            }
            return "redirect:/imports/" + id;
        }, () -> show(id, model, locale));
    }

    @PostMapping("/imports/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        importRuns.cancel(id);
        Flash.success(redirect, "dataio.import.cancelled");
        return "redirect:/imports/" + id;
    }

    @PostMapping("/imports/{id}/undo")
    String undo(@PathVariable UUID id, RedirectAttributes redirect) {
        DataImport undone = importRuns.undo(id);
        Flash.success(redirect, "dataio.import.undone." + undone.objectType(), undone.created());
        return "redirect:/imports/" + id;
    }

    @GetMapping("/imports/{id}/errors.csv")
    void errors(@PathVariable UUID id, @RequestParam(defaultValue = "run") String pass, Locale locale,
            HttpServletResponse response) throws IOException {
        imports.find(id);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("import-errors.csv").build().toString());
        importRuns.writeErrors(id, pass, locale, response.getOutputStream());
    }
}
