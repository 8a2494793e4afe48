package dev.kizuna.customers;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled postal codes (resources/postal, see its NOTICE.md) into postal_code on the first start,
 * with COPY: about 147,000 rows in a second or two. Nothing is fetched from the network.
 */
@Component
@Order(10)
class PostalCodeLoader implements ApplicationRunner {

    static final String RESOURCE = "postal/postal-codes.tsv.gz";
    private static final Logger log = LoggerFactory.getLogger(PostalCodeLoader.class);

    private final PostalCodeRepository postalCodes;
    private final DataSource dataSource;

    PostalCodeLoader(PostalCodeRepository postalCodes, DataSource dataSource) {
        this.postalCodes = postalCodes;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!postalCodes.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     new GZIPInputStream(new ClassPathResource(RESOURCE).getInputStream()), StandardCharsets.UTF_8))) {
            connection.setAutoCommit(false);
            if (!stillEmptyOnceLocked(connection)) {
                connection.rollback();
                return; // another instance started at the same time and loaded them
            }
            long rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy postal_code (code, seq, prefecture, city, town, prefecture_kana, city_kana, town_kana) "
                            + "from stdin", numbered(in));
            connection.commit();
            log.info("Loaded {} postal codes in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Two instances starting together on an empty database both find the table empty: the first to take this
     * transaction's advisory lock loads, the other waits for its commit and then finds the rows there.
     */
    private static boolean stillEmptyOnceLocked(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(hashtext('kizuna:postal_code load'))");
            try (ResultSet rows = statement.executeQuery("select exists (select 1 from postal_code)")) {
                return rows.next() && !rows.getBoolean(1);
            }
        }
    }

    /** Adds the sequence number that tells apart several towns under one code. */
    private static Reader numbered(BufferedReader in) throws java.io.IOException {
        StringBuilder out = new StringBuilder(16 * 1024 * 1024);
        String previous = "";
        int seq = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int tab = line.indexOf('\t');
            String code = line.substring(0, tab);
            seq = code.equals(previous) ? seq + 1 : 0;
            previous = code;
            out.append(code).append('\t').append(seq).append(line, tab, line.length()).append('\n');
        }
        return new StringReader(out.toString());
    }
}
