package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The success sample data loads through the facades as the system and gives each of the first customers without one a plan. */
@KizunaTest
class SuccessSampleDataTest {

    @Autowired
    SuccessSampleData sampleData;
    @Autowired
    SampleCompanyRepository companies;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstSampleCustomersGetAPlanAContractAndTickedItems() {
        for (int i = 0; i < 3; i++) {
            jdbc.sql("insert into company (id, kind, name, status) values (?, 'company', ?, 'customer')").params(UUID.randomUUID(),
                    "株式会社見本" + i).update();
        }
        // The context is shared: earlier tests may have given the oldest customers a plan or a contract already, and
        // the loader must leave those alone. Whichever are free get a plan, a contract and ticked items.
        List<UUID> first = companies.firstCompanies(3);
        List<UUID> free = first.stream().filter(c -> plansAndContracts(c) == 0).toList();
        long plansBefore = jdbc.sql("select count(*) from success_plan").query(Long.class).single();
        SystemActor.run(() -> sampleData.load());
        if (free.isEmpty()) {
            assertThat(jdbc.sql("select count(*) from success_plan").query(Long.class).single()).isEqualTo(plansBefore);
            return;
        }
        for (UUID company : free) {
            assertThat(plansAndContracts(company)).as("plan and contract of " + company).isEqualTo(2);
        }
        assertThat(jdbc.sql("select count(*) from success_plan_item where done_at is not null and plan_id in "
                + "(select id from success_plan where company_id = any(?))").param(free.toArray(UUID[]::new))
                .query(Long.class).single()).isPositive();
    }

    private long plansAndContracts(UUID company) {
        return jdbc.sql("select (select count(*) from success_plan where company_id = ?)"
                + " + (select count(*) from success_contract where company_id = ?)").params(company, company)
                .query(Long.class).single();
    }
}
