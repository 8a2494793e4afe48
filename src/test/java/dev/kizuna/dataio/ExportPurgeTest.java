package dev.kizuna.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.files.FileStore;
import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Export files (personal data) are deleted after the keeping period; the record of who exported what stays. */
@KizunaTest
class ExportPurgeTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ExportPurge purge;
    @Autowired
    Exports exports;
    @Autowired
    FileStore files;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anExportOlderThanTheKeepingPeriodLosesItsFileButNotItsRecord() {
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        accounts.signInForService(member);
        UUID old = exportFinished(member.id(), 8);
        UUID recent = exportFinished(member.id(), 6);
        String oldKey = jdbc.sql("select file_key from data_export where id = ?").param(old).query(String.class).single();

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select status || ':' || coalesce(file_key, '-') from data_export where id = ?").param(old)
                .query(String.class).single()).isEqualTo("expired:-");
        assertThat(jdbc.sql("select status from data_export where id = ?").param(recent).query(String.class).single())
                .isEqualTo("done");
        assertThatThrownBy(() -> files.open(oldKey).close()).isInstanceOf(Exception.class);
        assertThat(jdbc.sql("select count(*) from audit_event where object_id = ? and action = 'export.purged'").param(old.toString())
                .query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> exports.download(old)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).problems().getFirst().code())
                        .isEqualTo("ExportExpired"));
        assertThat(exports.download(recent)).isNotNull();
    }

    /** A finished export of {@code daysAgo} days ago, with a real file in the store. */
    private UUID exportFinished(UUID owner, int daysAgo) {
        UUID id = UUID.randomUUID();
        String key = files.put(new ByteArrayInputStream("会社名\r\n株式会社テスト\r\n".getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("""
                insert into data_export (id, object_type, format, status, rows_done, file_key, file_name, created_by,
                    created_at, finished_at)
                values (?, 'company', 'csv-utf8', 'done', 1, ?, 'customers.csv', ?, now() - make_interval(days => ?),
                    now() - make_interval(days => ?))""").params(id, key, owner, daysAgo, daysAgo).update();
        return id;
    }
}
