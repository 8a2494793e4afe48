package dev.kizuna.dataio;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import dev.kizuna.platform.security.Actor;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every second each instance looks for an import or an export to work on and runs it on its own thread (one import
 * and one export at a time per instance), as the person who started it. Claims go through the database with a
 * lease that each batch renews, so two instances never work on the same job, and a job whose instance died is
 * taken over once its lease has run out, from its last committed batch.
 */
@Component
class BackgroundWork {

    private final ImportRepository imports;
    private final ImportRunner importRunner;
    private final ExportRunner exportRunner;
    private final boolean enabled;
    private final ExecutorService importThread = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("kizuna-import").daemon(true).factory());
    private final ExecutorService exportThread = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("kizuna-export").daemon(true).factory());
    private final AtomicBoolean importing = new AtomicBoolean();
    private final AtomicBoolean exporting = new AtomicBoolean();

    BackgroundWork(ImportRepository imports, ImportRunner importRunner, ExportRunner exportRunner,
            @Value("${kizuna.dataio.worker:true}") boolean enabled) {
        this.imports = imports;
        this.importRunner = importRunner;
        this.exportRunner = exportRunner;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 3000)
    void poll() {
        if (!enabled) {
            return;
        }
        take(importing, importThread, () -> imports.claim(ImportRunner.LEASE_SECONDS).map(id -> {
            UUID owner = imports.find(id).map(DataImport::createdBy).orElse(null);
            return () -> as(owner, () -> importRunner.run(id, ImportRunner.Interruption.NONE), importing);
        }));
        take(exporting, exportThread, () -> exportRunner.claim()
                .map(job -> () -> as(job.createdBy(), () -> exportRunner.run(job), exporting)));
    }

    /**
     * Claims work when this instance is free of that kind and hands it to its thread. The busy flag stays set only
     * while work is handed over: a claim that finds nothing or fails (the database away) leaves the instance free to
     * try again on the next poll, so an outage does not leave imports and exports queued for ever.
     */
    private static void take(AtomicBoolean busy, ExecutorService thread, Supplier<Optional<Runnable>> claim) {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        boolean handedOver = false;
        try {
            Optional<Runnable> work = claim.get();
            if (work.isPresent()) {
                thread.submit(work.get());
                handedOver = true;
            }
        } finally {
            if (!handedOver) {
                busy.set(false);
            }
        }
    }

    /** Runs the work signed in as the user who started it (their id on what is written and in the audit log). */
    static void as(UUID userId, Runnable work, AtomicBoolean busy) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new Worker(userId), null,
                AuthorityUtils.createAuthorityList("ROLE_MEMBER", "ROLE_VIEWER")));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
            if (busy != null) {
                busy.set(false);
            }
        }
    }

    /** The person a background job acts for. */
    record Worker(UUID actorId) implements Actor {
        @Override
        public String actorName() {
            return "import/export";
        }

        @Override
        public Locale preferredLocale() {
            return null;
        }

        @Override
        public ZoneId zoneId() {
            return ZoneId.of("Asia/Tokyo");
        }
    }

    @PreDestroy
    void stop() {
        importThread.shutdownNow();
        exportThread.shutdownNow();
    }
}
