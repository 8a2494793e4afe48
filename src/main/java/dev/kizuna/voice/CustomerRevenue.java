package dev.kizuna.voice;

import java.util.UUID;

import dev.kizuna.success.Contract;
import dev.kizuna.success.Contracts;
import org.springframework.stereotype.Component;

/** A customer's yearly contract revenue (active contracts' monthly amounts × 12), read through success's facade. */
@Component
class CustomerRevenue {

    private final Contracts contracts;

    CustomerRevenue(Contracts contracts) {
        this.contracts = contracts;
    }

    long yearly(UUID companyId) {
        return contracts.ofCompany(companyId).stream().filter(c -> "active".equals(c.status()))
                .mapToLong(Contract::monthlyAmount).sum() * 12;
    }
}
