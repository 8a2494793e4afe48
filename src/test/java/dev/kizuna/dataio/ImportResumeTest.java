package dev.kizuna.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import dev.kizuna.platform.table.FileFormats;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The worker is stopped mid-import twice, as a crash or a restart would stop it: once between batches, once after a
 * batch had written its rows but before it committed. The import taken over afterwards ends with exactly the file's
 * rows: none lost, none twice.
 */
@KizunaTest
@WithMockUser(roles = {"MANAGER", "MEMBER", "VIEWER"})
class ImportResumeTest {

    static final int ROWS = 1_000;

    @Autowired
    Imports imports;
    @Autowired
    ImportRuns importRuns;
    @Autowired
    ImportRunner runner;
    @Autowired
    JdbcClient jdbc;

    /** Thrown out of a batch like a killed process: not an exception the runner handles. */
    static final class Crash extends Error {
        Crash() {
            super("simulated crash", null, false, false);
        }
    }

    @Test
    void anImportStoppedTwiceMidWayEndsWithExactlyTheFilesRows() throws Exception {
        String prefix = "再開" + UUID.randomUUID().toString().substring(0, 6);
        byte[] file = TestFiles.companies(prefix, ROWS, 800_000_000_000L).getBytes(FileFormats.CP932);
        DataImport job = imports.upload("resume.csv", new ByteArrayInputStream(file)).dataImport();
        // Claimed by a worker that will "die": a lease far in the future keeps the live worker away meanwhile.
        jdbc.sql("""
                update data_import set status = 'running', batch_size = 100, lease_until = now() + interval '1 hour',
                    started_at = now() where id = ?""").param(job.id()).update();

        boolean finished = runner.run(job.id(), new ImportRunner.Interruption() {
            @Override
            public boolean stopBefore(int batch) {
                return batch == 4; // the process ends after three committed batches
            }
        });
        assertThat(finished).isFalse();
        assertThat(imports.find(job.id()).rowsDone()).isEqualTo(300);
        assertThat(count(prefix)).isEqualTo(300);

        assertThatThrownBy(() -> runner.run(job.id(), new ImportRunner.Interruption() {
            @Override
            public void afterWrites(int batch) {
                if (batch == 2) {
                    throw new Crash(); // rows 401–500 are written, then the process dies before the commit
                }
            }
        })).isInstanceOf(Crash.class);
        DataImport stopped = imports.find(job.id());
        assertThat(stopped.status()).isEqualTo("running");
        assertThat(stopped.rowsDone()).isEqualTo(400);
        assertThat(count(prefix)).isEqualTo(400); // the batch in flight was rolled back whole

        // The lease runs out: the live background worker takes the import over and finishes it.
        jdbc.sql("update data_import set lease_until = now() - interval '1 second' where id = ?").param(job.id()).update();
        DataImport done = ImportIntegrationTest.await(imports, job.id(), "done");

        assertThat(done.rowsDone()).isEqualTo(ROWS);
        assertThat(done.totalRows()).isEqualTo(ROWS);
        assertThat(done.created()).isEqualTo(ROWS);
        assertThat(count(prefix)).isEqualTo(ROWS);
        assertThat(jdbc.sql("select count(distinct name) from company where name like ?").param("株式会社" + prefix + "-%")
                .query(Long.class).single()).isEqualTo(ROWS);
        assertThat(jdbc.sql("select count(*), min(row_no), max(row_no) from data_import_record where import_id = ?")
                .param(job.id()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single())
                .containsExactly(ROWS, 2, ROWS + 1); // spreadsheet rows 2 … 1001, each once
        for (int i : new int[] {1, 300, 301, 401, 500, 501, ROWS}) {
            assertThat(jdbc.sql("select count(*) from company where name = ?").param("株式会社" + prefix + "-" + i)
                    .query(Long.class).single()).as("row %d", i).isEqualTo(1);
        }
        // Other tests share the database: a thousand near-identical names would crowd their duplicate checks.
        importRuns.undo(job.id());
        assertThat(count(prefix)).isZero();
    }

    @Test
    void aCancelledImportStopsAfterItsBatchAndKeepsWhatItWrote() throws Exception {
        String prefix = "中止" + UUID.randomUUID().toString().substring(0, 6);
        byte[] file = TestFiles.companies(prefix, 500, 810_000_000_000L).getBytes(FileFormats.CP932);
        DataImport job = imports.upload("cancel.csv", new ByteArrayInputStream(file)).dataImport();
        jdbc.sql("""
                update data_import set status = 'running', batch_size = 100, lease_until = now() + interval '1 hour',
                    started_at = now() where id = ?""").param(job.id()).update();
        boolean finished = runner.run(job.id(), new ImportRunner.Interruption() {
            @Override
            public boolean stopBefore(int batch) {
                if (batch == 3) {
                    importRuns.cancel(job.id()); // someone presses 'stop' while batch 3 is being read
                }
                return false;
            }
        });
        assertThat(finished).isFalse();
        assertThat(imports.find(job.id()).status()).isEqualTo("cancelled");
        assertThat(count(prefix)).isEqualTo(200);
        importRuns.undo(job.id());
        assertThat(count(prefix)).isZero();
    }

    private long count(String prefix) {
        return jdbc.sql("select count(*) from company where name like ?").param("株式会社" + prefix + "-%")
                .query(Long.class).single();
    }
}
