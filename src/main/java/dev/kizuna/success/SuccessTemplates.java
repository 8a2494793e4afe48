package dev.kizuna.success;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Success-plan templates: everyone reads them; administrators add their own, with phases as month offsets from
 * go-live and checklist items due a number of days from go-live. Seed 001's template is built in.
 */
@Service
@Transactional
public class SuccessTemplates {

    static final String AUDIT_TYPE = "successTemplate";
    public static final UUID BUILT_IN = UUID.fromString("0d5e1c00-0000-4000-8000-000000000001");

    private final TemplateRepository templates;
    private final AuditLog audit;

    SuccessTemplates(TemplateRepository templates, AuditLog audit) {
        this.templates = templates;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SuccessTemplate> list() {
        return templates.list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SuccessTemplate find(UUID id) {
        return templates.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public SuccessTemplate create(String name, List<PhaseSpan> phases, List<SuccessTemplate.Item> items) {
        String clean = name == null ? null : name.strip();
        List<PhaseSpan> ps = phases == null ? List.of() : phases;
        List<SuccessTemplate.Item> is = items == null ? List.of() : items;
        Check check = Check.of().required("name", clean).maxLength("name", clean, 120)
                .failIf(clean != null && !clean.isBlank() && templates.nameTaken(clean), "name", "Duplicate")
                .required("phases", ps).failIf(ps.size() > 12, "phases", "Size", 12, 0);
        List<PhaseSpan> numbered = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            PhaseSpan p = ps.get(i);
            check.required("phases[" + i + "].name", p.name()).maxLength("phases[" + i + "].name", p.name(), 60)
                    .failIf(p.startMonths() < -24 || p.startMonths() > 60, "phases[" + i + "].startMonths", "Range",
                            -24, 60);
            numbered.add(new PhaseSpan(i, null, p.name() == null ? null : p.name().strip(), p.startMonths(),
                    p.endMonths()));
        }
        Lifecycle.problems(numbered).forEach(f -> check.failIf(true, f, "SuccessPhaseOrder"));
        for (int i = 0; i < is.size(); i++) {
            SuccessTemplate.Item item = is.get(i);
            String f = "items[" + i + "]";
            check.required(f + ".title", item.title()).maxLength(f + ".title", item.title(), 200)
                    .oneOf(f + ".side", item.side(), PlanItem.SIDES).required(f + ".side", item.side())
                    .failIf(item.phase() < 0 || item.phase() >= Math.max(1, ps.size()), f + ".phase", "Range", 0,
                            Math.max(0, ps.size() - 1))
                    .failIf(item.dueOffsetDays() < -730 || item.dueOffsetDays() > 730, f + ".dueOffsetDays", "Range",
                            -730, 730);
        }
        check.verify();
        UUID id = Ids.newId();
        List<SuccessTemplate.Item> cleanItems = is.stream().map(i -> new SuccessTemplate.Item(i.phase(),
                i.title().strip(), null, i.side(), i.dueOffsetDays())).toList();
        templates.insert(id, new SuccessTemplate(id, clean, false, numbered, cleanItems, 0), CurrentActor.idOrNull());
        SuccessTemplate created = find(id);
        audit.record("successTemplate.created", AUDIT_TYPE, id, null, Map.of("name", clean, "phases",
                numbered.size(), "items", cleanItems.size()));
        return created;
    }
}
