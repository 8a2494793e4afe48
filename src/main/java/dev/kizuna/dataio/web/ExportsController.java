package dev.kizuna.dataio.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.customers.ListViews;
import dev.kizuna.dataio.DataExport;
import dev.kizuna.dataio.Exports;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The export page: what to export and in which format, the person's recent exports and their files. */
@Controller
class ExportsController {

    private final Exports exports;
    private final ListViews listViews;
    private final FormErrors formErrors;

    ExportsController(Exports exports, ListViews listViews, FormErrors formErrors) {
        this.exports = exports;
        this.listViews = listViews;
        this.formErrors = formErrors;
    }

    @GetMapping("/exports")
    String page(@RequestParam(required = false) String query, @RequestParam(required = false) String from,
            Model model) {
        if ("list".equals(from)) {
            query = Exports.asShown(query); // the list's columns made explicit, so "this list" is exactly what it showed
        }
        model.addAttribute("query", query == null ? "" : query);
        // As a person reads it: the list's address keeps its words encoded (q=%E6%9C%BA… → q=机…).
        model.addAttribute("queryShown", readable(query));
        model.addAttribute("views", listViews.visible("company"));
        model.addAttribute("exports", exports.mine());
        return "dataio/exports";
    }

    private static String readable(String query) {
        if (query == null) {
            return "";
        }
        try {
            return java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return query;
        }
    }

    @GetMapping("/exports/list")
    String list(Model model) {
        model.addAttribute("exports", exports.mine());
        return "dataio/exports :: list";
    }

    @PostMapping("/exports")
    String request(@RequestParam(defaultValue = "company") String objectType,
            @RequestParam(required = false) UUID viewId, @RequestParam(required = false) String query,
            @RequestParam(defaultValue = "csv-utf8") String format, Locale locale, Model model,
            RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            exports.request(new Exports.ExportRequest(objectType, "contact".equals(objectType) ? null : viewId,
                    "contact".equals(objectType) ? "" : query, format), locale);
            Flash.success(redirect, "dataio.export.requested");
            return "redirect:/exports";
        }, () -> page(query, null, model));
    }

    @GetMapping("/exports/{id}/file")
    void file(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        DataExport export = exports.find(id);
        try (InputStream in = exports.download(id)) {
            response.setContentType(Exports.contentType(export));
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(export.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
            in.transferTo(response.getOutputStream());
        }
    }
}
