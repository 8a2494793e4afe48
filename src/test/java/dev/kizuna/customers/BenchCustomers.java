package dev.kizuna.customers;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/** Customers for other modules' benchmarks: the customer master's generator, without contacts. */
public final class BenchCustomers {

    private final DataSource dataSource;

    public BenchCustomers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<UUID> generate(int companies, List<UUID> owners, long seed) throws Exception {
        return new CustomerDataGenerator(dataSource).generate(companies, 0, owners, seed);
    }
}
