package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 25: two instances started together on an empty database both loaded the postal codes, and one crashed on a
 * duplicate key. Two loads at once now leave one copy of every code and neither fails.
 */
@KizunaTest
class PostalCodeLoadTest {

    @Autowired
    PostalCodeLoader loader;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoInstancesLoadingAtOnceLeaveOneCopyAndNeitherFails() throws Exception {
        long bundled = jdbc.sql("select count(*) from postal_code").query(Long.class).single();
        assertThat(bundled).as("loaded when the test application started").isGreaterThan(100_000);
        jdbc.sql("delete from postal_code").update();

        CyclicBarrier together = new CyclicBarrier(2);
        Runnable start = () -> {
            try {
                together.await();
                loader.run(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        CompletableFuture<Void> first = CompletableFuture.runAsync(start);
        CompletableFuture<Void> second = CompletableFuture.runAsync(start);
        try {
            CompletableFuture.allOf(first, second).get();
        } finally {
            CompletableFuture.allOf(first, second).exceptionally(e -> null).join();
            loader.run(null); // whatever happened, the rest of the suite has its postal codes
        }

        assertThat(jdbc.sql("select count(*) from postal_code").query(Long.class).single()).isEqualTo(bundled);
        assertThat(jdbc.sql("select city from postal_code where code = '1000001'").query(String.class).list())
                .containsExactly("千代田区");
    }
}
