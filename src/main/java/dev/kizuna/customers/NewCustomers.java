package dev.kizuna.customers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many customers were added in a period, per owner (for the daily report); read through company_created_idx. */
@Service
@Transactional(readOnly = true)
public class NewCustomers {

    /** Customers created in a period with a given owner; {@code ownerId} null for customers nobody owns. */
    public record PerOwner(UUID ownerId, long count) {
    }

    private final NewCustomerRepository rows;

    NewCustomers(NewCustomerRepository rows) {
        this.rows = rows;
    }

    /** Per owner, customers whose record was created in {@code [from, to)}. */
    @PreAuthorize("isAuthenticated()")
    public List<PerOwner> countByOwner(Instant from, Instant to) {
        return rows.countByOwner(from, to);
    }
}
