package dev.kizuna.dataio;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Issue 25: after a database outage imports and exports stayed queued for ever, because a claim that failed left the
 * poller believing it was still busy. A failed claim must leave it free to claim again on the next poll.
 */
class BackgroundWorkTest {

    private final ImportRepository imports = mock(ImportRepository.class);
    private final ImportRunner importRunner = mock(ImportRunner.class);
    private final ExportRunner exportRunner = mock(ExportRunner.class);
    private final BackgroundWork work = new BackgroundWork(imports, importRunner, exportRunner, true);

    @AfterEach
    void stop() {
        work.stop();
    }

    private static CannotGetJdbcConnectionException databaseAway() {
        return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
    }

    @Test
    void anImportClaimThatFailedIsTriedAgainOnTheNextPoll() {
        when(imports.claim(anyInt())).thenThrow(databaseAway()).thenReturn(Optional.empty());
        when(exportRunner.claim()).thenReturn(Optional.empty());

        assertThatThrownBy(work::poll).isInstanceOf(CannotGetJdbcConnectionException.class);
        work.poll();
        work.poll();

        verify(imports, times(3)).claim(ImportRunner.LEASE_SECONDS);
    }

    @Test
    void anExportClaimThatFailedIsTriedAgainOnTheNextPoll() {
        when(imports.claim(anyInt())).thenReturn(Optional.empty());
        when(exportRunner.claim()).thenThrow(databaseAway()).thenReturn(Optional.empty());

        assertThatThrownBy(work::poll).isInstanceOf(CannotGetJdbcConnectionException.class);
        work.poll();
        work.poll();

        verify(exportRunner, times(3)).claim();
    }
}
