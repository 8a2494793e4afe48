package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.sampledata.SampleData;
import org.springframework.stereotype.Component;

/**
 * Three sample customers on seed 001's template — one in 準備期, one in 導入期, one in 活用期 — with a few checklist
 * items ticked, a contract each (one with a plan change, one renewed early) and a KPI with targets and actuals.
 */
@Component
class SuccessSampleData implements SampleData {

    private final SampleCompanyRepository companies;
    private final SuccessPlans plans;
    private final Checklists checklists;
    private final Contracts contracts;
    private final Renewals renewals;
    private final Kpis kpis;

    SuccessSampleData(SampleCompanyRepository companies, SuccessPlans plans, Checklists checklists,
            Contracts contracts, Renewals renewals, Kpis kpis) {
        this.companies = companies;
        this.plans = plans;
        this.checklists = checklists;
        this.contracts = contracts;
        this.renewals = renewals;
        this.kpis = kpis;
    }

    @Override
    public String name() {
        return "success";
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void load() {
        List<UUID> ids = companies.firstCompanies(3);
        LocalDate today = plans.today();
        int[] goLive = {30, -30, -120};
        int[] ticked = {3, 16, 22};
        for (int i = 0; i < ids.size(); i++) {
            UUID company = ids.get(i);
            if (plans.ofCompany(company).isPresent() || !contracts.ofCompany(company).isEmpty()) {
                continue;
            }
            LocalDate live = today.plusDays(goLive[i]);
            Contract contract = contracts.create(new ContractDraft(company, "スタンダード", 30_000L, "monthly",
                    live.minusMonths(3), live.minusMonths(3).plusYears(1).minusDays(1), true, 30, null));
            SuccessPlan plan = plans.create(new PlanDraft(company, SuccessTemplates.BUILT_IN, live, null, null,
                    "monthly"));
            List<PlanItem> items = checklists.of(plan.id());
            for (int k = 0; k < Math.min(ticked[i], items.size()); k++) {
                checklists.tick(plan.id(), items.get(k).id(), items.get(k).version(), true);
            }
            if (i == 1) {
                contracts.changePlan(contract.id(), contract.version(), "プロ", 50_000L, live, "店舗数の増加");
            }
            if (i == 2) {
                renewals.renew(contract.id(), contract.version(), today, contract.endsOn().plusYears(1));
                Kpi kpi = kpis.create(company, "モバイルオーダー件数", "件", "kpi", "higher");
                YearMonth month = YearMonth.from(live);
                kpis.putMonths(kpi.id(), List.of(new KpiMonth(month, new BigDecimal(300), new BigDecimal(240)),
                        new KpiMonth(month.plusMonths(1), new BigDecimal(400), new BigDecimal(410)),
                        new KpiMonth(month.plusMonths(2), new BigDecimal(500), null)));
            }
        }
    }
}
