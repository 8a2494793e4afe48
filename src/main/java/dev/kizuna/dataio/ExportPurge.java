package dev.kizuna.dataio;

import java.util.List;
import java.util.Map;

import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.files.FileStore;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Export files hold customers' personal data, so they are not kept for ever: once an hour, the files of exports
 * finished more than {@code kizuna.exports.keep-days} days ago (KIZUNA_EXPORT_KEEP_DAYS, default 7) are deleted.
 * The export's row stays, marked {@code expired}, so who exported what is still on record; the purge is audited.
 */
@Component
class ExportPurge {

    private static final Logger log = LoggerFactory.getLogger(ExportPurge.class);

    private final ExportRepository exports;
    private final FileStore files;
    private final AuditLog audit;
    private final int keepDays;
    private final TransactionTemplate tx;

    ExportPurge(ExportRepository exports, FileStore files, AuditLog audit, PlatformTransactionManager transactions,
            @Value("${kizuna.exports.keep-days:7}") int keepDays) {
        this.tx = new TransactionTemplate(transactions);
        this.exports = exports;
        this.files = files;
        this.audit = audit;
        this.keepDays = keepDays;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
    @SchedulerLock(name = "export-purge", lockAtMostFor = "PT50M")
    void run() {
        int purged = dev.kizuna.platform.security.SystemActor.call(this::purge);
        if (purged > 0) {
            log.info("Purged {} export files older than {} days", purged, keepDays);
        }
    }

    /** Deletes the old files (a missing one is no error) and marks their exports expired; returns how many. */
    int purge() {
        return tx.execute(status -> purgeInTransaction());
    }

    private int purgeInTransaction() {
        List<ExportRepository.Expiring> old = exports.finishedDaysAgo(keepDays, 1000);
        for (ExportRepository.Expiring export : old) {
            if (export.fileKey() != null) {
                try {
                    files.delete(export.fileKey());
                } catch (RuntimeException e) {
                    log.warn("Export file {} not deleted: {}", export.fileKey(), e.toString());
                    continue; // tried again next hour
                }
            }
            exports.expire(export.id());
            audit.record("export.purged", Exports.AUDIT_TYPE, export.id(), null,
                    Map.of("file", export.fileName(), "keepDays", keepDays));
        }
        return old.size();
    }
}
