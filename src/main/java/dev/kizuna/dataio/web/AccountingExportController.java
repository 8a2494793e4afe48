package dev.kizuna.dataio.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import dev.kizuna.dataio.AccountingExports;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
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
        return "redirect:/api/v1/exports/accounting?format=" + format + "&kind=" + kind + "&since=" + since
                + "&until=" + until;
    }

    private String form(Model model, String format, String kind, LocalDate since, LocalDate until) {
        model.addAttribute("format", format);
        model.addAttribute("kind", kind);
        model.addAttribute("since", since);
        model.addAttribute("until", until);
        return "dataio/accounting";
    }
}
