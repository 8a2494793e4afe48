package dev.kizuna.customers;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/** Customers for other modules' benchmarks: the customer master's generator, with or without contacts. */
public final class BenchCustomers {

    private final DataSource dataSource;

    public BenchCustomers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<UUID> generate(int companies, List<UUID> owners, long seed) throws Exception {
        return generate(companies, 0, owners, seed);
    }

    /** With {@code contacts} people spread over the customers (common surnames and given names, with readings). */
    public List<UUID> generate(int companies, int contacts, List<UUID> owners, long seed) throws Exception {
        return new CustomerDataGenerator(dataSource).generate(companies, contacts, owners, seed);
    }
}
