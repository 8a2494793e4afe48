package dev.kizuna.dataio.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import dev.kizuna.dataio.AccountingExports;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 会計ソフト用の書き出し: choose the package, sales or payments and the period; the file downloads at once. */
@Controller
class AccountingExportController {

    private final AccountingExports exports;
    private final FormErrors formErrors;

    AccountingExportController(AccountingExports exports, FormErrors formErrors) {
        this.exports = exports;
        this.formErrors = formErrors;
    }

    @GetMapping("/exports/accounting")
    String page(Model model) {
        YearMonth last = YearMonth.now(ZoneId.of("Asia/Tokyo")).minusMonths(1);
        return form(model, "freee", "sales", last.atDay(1), last.atEndOfMonth());
    }

    /** Checks the choice and shows what is wrong, or sends the browser on to the file. */
    @PostMapping("/exports/accounting")
    String download(@RequestParam(required = false) String format, @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            Model model) {
        try {
            exports.check(format, kind, since, until);
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            return form(model, format, kind, since, until);
        }
        return "redirect:/exports/accounting/file?format=" + format + "&kind=" + kind + "&since=" + since
                + "&until=" + until;
    }

    /** The file itself, for the signed-in browser (the API's twin needs a token). */
    @GetMapping("/exports/accounting/file")
    ResponseEntity<byte[]> file(@RequestParam String format, @RequestParam String kind,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) throws IOException {
        byte[] file = exports.file(format, kind, since, until);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(AccountingExports.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(AccountingExports.fileName(format, kind, since, until)).build().toString())
                .body(file);
    }

    private String form(Model model, String format, String kind, LocalDate since, LocalDate until) {
        model.addAttribute("format", format);
        model.addAttribute("kind", kind);
        model.addAttribute("since", since);
        model.addAttribute("until", until);
        return "dataio/accounting";
    }
}
