package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyKind;
import org.junit.jupiter.api.Test;

/** The sample's B2B deals go to business customers only: a D2C subscriber (定期便) never carries a print deal. */
class SampleDealsTest {

    @Test
    void individualCustomersGetNoBusinessDeals() {
        UUID owner = UUID.randomUUID();
        Company sakura = company(CompanyKind.COMPANY, "株式会社さくら精機", owner);
        Company ogawa = company(CompanyKind.INDIVIDUAL, "小川 智子", owner);
        Company unowned = company(CompanyKind.COMPANY, "株式会社かもめ書房", null);

        assertThat(SalesSampleData.businessCustomers(List.of(ogawa, sakura, unowned))).containsExactly(sakura);
    }

    private static Company company(CompanyKind kind, String name, UUID owner) {
        return new Company(UUID.randomUUID(), kind, name, "", null, "", "", "", "", "", "", "", "", "", "", "", null,
                null, "", owner, "", List.of(), null, null, true, true, true, false, Map.of(), 0, null, null, null);
    }
}
