package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The marketing sample data loads through the facades as the system: cosmetics, order history and 定期便, and one
 * customer who wants no postal DM (DM不要).
 */
@KizunaTest
class MarketingSampleDataTest {

    @Autowired
    MarketingSampleData sampleData;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstIndividualCustomersGetHistoryAndSubscriptionsInEveryStatus() {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) { // older than anything else a test makes, so they are the first individuals
            UUID id = UUID.randomUUID();
            people.add(id);
            jdbc.sql("insert into company (id, kind, name, status, created_at) values (?, 'individual', ?, 'customer',"
                    + " timestamptz '2001-01-01 00:00+09' + ? * interval '1 minute')").params(id, "見本 花子" + i, i)
                    .update();
        }
        SystemActor.run(() -> sampleData.load());
        UUID[] ids = people.toArray(UUID[]::new);
        assertThat(jdbc.sql("select status from subscription where company_id = any(?) order by status").param(ids)
                .query(String.class).list()).containsExactly("active", "active", "active", "cancelled", "paused",
                "skipping");
        assertThat(jdbc.sql("select count(*) from sales_order where company_id = any(?)").param(ids).query(Long.class)
                .single()).isEqualTo(0 + 1 + 2 + 3 + 4 + 0 + 1 + 2);
        assertThat(jdbc.sql("select title from subscription where company_id = ?").param(people.get(0))
                .query(String.class).single()).isEqualTo("薬用美白化粧水 120mL 定期便");
        assertThat(jdbc.sql("select postal_opt_out_at is not null from company where id = any(?) order by created_at")
                .param(ids).query(Boolean.class).list()).as("the eighth asked for no postal DM (DM不要)")
                .containsExactly(false, false, false, false, false, false, false, true);
    }
}
