package dev.kizuna.platform.audit;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.web.Htmx;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page for administrators: filter by who, what, which record and when; newest first. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    static final java.util.List<String> ACTION_GROUPS = java.util.List.of("signin.", "signout", "user.", "role.",
            "team.", "api-token.", "company.", "contact.", "required-fields.", "import.", "export.");

    private final AuditTrail trail;
    private final tools.jackson.databind.json.JsonMapper json;

    AuditController(AuditTrail trail, tools.jackson.databind.json.JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    /** An audit entry with its changes as rows, for the page. */
    record Entry(AuditEvent event, java.util.List<AuditChange> changes) {
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) UUID actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String cursor, HttpServletRequest request, Model model) {
        AuditFilter filter = new AuditFilter(actor, action, objectType, objectId, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("page", trail.find(filter, new PageQuery(PAGE_SIZE, cursor))
                .map(e -> new Entry(e, AuditChange.between(json, e.before(), e.after()))));
        model.addAttribute("actionGroups", ACTION_GROUPS);
        return Htmx.pageOr(request, "platform/audit", "results");
    }
}
