package dev.kizuna.success;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * KPI / KGI per customer (seed 001: 「KPI・KGI設定の重要性」): everyone reads them; members define them and enter
 * targets and actuals by month (by hand or through the API), and read attainment against target per month.
 */
@Service
@Transactional
public class Kpis {

    static final String AUDIT_TYPE = "kpi";
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private final KpiRepository kpis;
    private final Companies companies;
    private final AuditLog audit;

    Kpis(KpiRepository kpis, Companies companies, AuditLog audit) {
        this.kpis = kpis;
        this.companies = companies;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Kpi> ofCompany(UUID companyId) {
        return kpis.ofCompany(companyId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Kpi find(UUID id) {
        return kpis.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Kpi create(UUID companyId, String name, String unit, String kind, String better) {
        Check.of().required("companyId", companyId)
                .failIf(companyId != null && companies.findOrNull(companyId) == null, "companyId", "UnknownId")
                .verify();
        Kpi clean = verify(companyId, name, unit, kind, better);
        UUID id = Ids.newId();
        kpis.insert(id, companyId, clean.name(), clean.unit(), clean.kind(), clean.better(), CurrentActor.idOrNull());
        Kpi created = find(id);
        audit.record("kpi.created", AUDIT_TYPE, id, null, Map.of("name", created.name(), "kind", created.kind()));
        return created;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Kpi update(UUID id, long version, String name, String unit, String kind, String better) {
        Kpi before = find(id);
        Kpi clean = verify(before.companyId(), name == null ? before.name() : name, unit == null ? before.unit() : unit,
                kind == null ? before.kind() : kind, better == null ? before.better() : better);
        if (!kpis.update(id, version, clean.name(), clean.unit(), clean.kind(), clean.better(),
                CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Kpi after = find(id);
        audit.record("kpi.updated", AUDIT_TYPE, id, Map.of("name", before.name()), Map.of("name", after.name()));
        return after;
    }

    /** Sets targets and/or actuals of months (a null keeps the stored value); all or nothing. */
    @PreAuthorize("hasRole('MEMBER')")
    public Kpi putMonths(UUID id, List<KpiMonth> months) {
        Kpi before = find(id);
        List<KpiMonth> list = months == null ? List.of() : months;
        Check check = Check.of().required("months", list).failIf(list.size() > 120, "months", "MaxItems", 120);
        for (int i = 0; i < list.size(); i++) {
            KpiMonth m = list.get(i);
            String f = "months[" + i + "].";
            check.required(f + "month", m.month())
                    .failIf(m.target() == null && m.actual() == null, f + "actual", "NotBlank")
                    .failIf(m.target() != null && m.target().abs().compareTo(LIMIT) >= 0, f + "target", "Range",
                            "-" + LIMIT, LIMIT)
                    .failIf(m.actual() != null && m.actual().abs().compareTo(LIMIT) >= 0, f + "actual", "Range",
                            "-" + LIMIT, LIMIT);
        }
        check.verify();
        UUID actor = CurrentActor.idOrNull();
        list.forEach(m -> kpis.putMonth(id, m, actor));
        kpis.touch(id, actor);
        Kpi after = find(id);
        audit.record("kpi.months", AUDIT_TYPE, id, Map.of("months", before.months().size()), list);
        return after;
    }

    private static Kpi verify(UUID companyId, String name, String unit, String kind, String better) {
        String n = name == null ? null : name.strip();
        String u = unit == null ? "" : unit.strip();
        Check.of().required("name", n).maxLength("name", n, 120).maxLength("unit", u, 20)
                .required("kind", kind).oneOf("kind", kind, Kpi.KINDS)
                .required("better", better).oneOf("better", better, Kpi.BETTER).verify();
        return new Kpi(null, companyId, n, u, kind, better, List.of(), 0);
    }
}
