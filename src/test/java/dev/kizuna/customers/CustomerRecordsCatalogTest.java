package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.aop.support.AopUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The merge contract, checked against the database catalog: every foreign key to {@code company} or
 * {@code contact} belongs to a module (the migration folder that creates its table) whose {@link CustomerRecords}
 * handler declares it, and business records never go with a deleted customer through a cascade. That each
 * declared table is also merged for real is {@link MergeKeepsRecordsTest}'s job: its fixture must have a row in
 * every table this catalog lists.
 */
@KizunaTest
class CustomerRecordsCatalogTest {

    /** Moved by {@link CustomerMerge} itself (contacts and their history of moves). */
    private static final Set<String> MERGED_BY_CUSTOMERS = Set.of("contact.company_id", "contact_move.contact_id",
            "contact_move.from_company_id", "contact_move.to_company_id");
    /**
     * The only columns that may cascade when a customer is deleted: its contacts and their moves, its activity
     * timeline and its places on target lists. Anything else is a business record and must restrict (or set null).
     */
    private static final Set<String> MAY_CASCADE = Set.of("contact.company_id", "contact_move.contact_id",
            "contact_move.from_company_id", "contact_move.to_company_id", "activity.company_id",
            "target_list_member.company_id");
    private static final Set<String> MUST_RESTRICT = Set.of("deal.company_id", "quote.company_id",
            "sales_order.company_id", "playbook_run.company_id");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<CustomerRecords> handlers;

    @Test
    void everyForeignKeyToACustomerOrContactHasAMergeHandlerInItsOwnModule() throws IOException {
        Map<String, String> owners = tableOwners();
        var keys = CustomerForeignKeys.read(jdbc);
        assertThat(keys).extracting(CustomerForeignKeys.Key::name).contains("deal.company_id", "quote.company_id",
                "sales_order.company_id", "playbook_run.company_id", "target_list_member.company_id", "task.company_id");
        for (var key : keys) {
            String module = owners.get(key.table());
            assertThat(module).as("the migration folder that creates " + key.table()).isNotNull();
            if (module.equals("customers")) {
                assertThat(MERGED_BY_CUSTOMERS).as(key.name() + " is moved by CustomerMerge").contains(key.name());
                continue;
            }
            assertThat(handlers).as(key.name() + " (module " + module + ") needs a CustomerRecords bean in dev.kizuna."
                            + module + " that moves it on a merge and lists it in tables()")
                    .anySatisfy(h -> {
                        assertThat(AopUtils.getTargetClass(h).getPackageName()).isEqualTo("dev.kizuna." + module);
                        assertThat(h.tables()).contains(key.name());
                    });
        }
    }

    @Test
    void businessRecordsNeverGoWithADeletedCustomer() {
        for (var key : CustomerForeignKeys.read(jdbc)) {
            if (MUST_RESTRICT.contains(key.name())) {
                assertThat(key.onDelete()).as(key.name() + " restricts").isIn("r", "a");
            } else if (!MAY_CASCADE.contains(key.name())) {
                assertThat(key.onDelete()).as(key.name() + ": a new key to a customer restricts or sets null, never"
                        + " cascades").isNotEqualTo("c");
            }
        }
    }

    @Test
    void everyDeclaredColumnExists() {
        for (CustomerRecords handler : handlers) {
            for (String column : handler.tables()) {
                String[] parts = column.split("\\.");
                assertThat(jdbc.sql("select count(*) from information_schema.columns where table_schema = current_schema()"
                        + " and table_name = ? and column_name = ?").params(parts[0], parts[1]).query(Long.class).single())
                        .as(AopUtils.getTargetClass(handler).getSimpleName() + " declares " + column).isEqualTo(1);
            }
        }
    }

    /** Table name → the module whose migration folder creates it. */
    private static Map<String, String> tableOwners() throws IOException {
        Pattern create = Pattern.compile("(?i)create table (?:if not exists )?([a-z_][a-z0-9_]*)");
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                String module = MIGRATIONS.relativize(file).getName(0).toString();
                Matcher m = create.matcher(Files.readString(file));
                while (m.find()) {
                    owners.put(m.group(1).toLowerCase(java.util.Locale.ROOT), module);
                }
            }
        }
        return owners;
    }
}
