package dev.kizuna.success;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' health scores: the list by band, one customer's score with its "why" (a line per component), its daily
 * history and what the score started; and the day's scoring of the whole book, that the daily job and publishing run.
 */
@Service
public class HealthScores {

    /** Customers whose scores are written in one transaction. */
    static final int BATCH = 2_000;
    /** Customers scored together: each measure over a large table reads it once for all of them. */
    static final int AT_ONCE = 200_000;

    private final HealthScoreRepository scores;
    private final HealthSnapshotRepository snapshots;
    private final HealthActionRepository actions;
    private final HealthModelRepository models;
    private final HealthScorer scorer;
    private final HealthRecorder recorder;
    private final Companies companies;
    private final SuccessClock clock;

    HealthScores(HealthScoreRepository scores, HealthSnapshotRepository snapshots, HealthActionRepository actions,
            HealthModelRepository models, HealthScorer scorer, HealthRecorder recorder, Companies companies,
            SuccessClock clock) {
        this.scores = scores;
        this.snapshots = snapshots;
        this.actions = actions;
        this.models = models;
        this.scorer = scorer;
        this.recorder = recorder;
        this.companies = companies;
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.today();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<HealthScore> list(HealthFilter filter, PageQuery page) {
        String sort = filter.sortOrDefault();
        Cursor after = page.decodedCursor(HealthScoreRepository.order(sort).cursorSize());
        List<HealthScore> rows = scores.page(filter, after, page.fetchSize());
        return page.page(rows, s -> "customer".equals(sort) ? Cursor.of(s.companyKana(), s.companyId())
                : Cursor.of(s.score().toPlainString(), s.companyId()));
    }

    /** The customer's current score, if a published model has scored it; 404 for an unknown customer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<HealthScore> ofCompany(UUID companyId) {
        if (companies.findOrNull(companyId) == null) {
            throw new NotFoundException("company", companyId);
        }
        return scores.ofCompany(companyId);
    }

    /** The daily scores of the last {@code days} days, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HealthSnapshot> history(UUID companyId, int days) {
        return snapshots.history(companyId, today().minusDays(days));
    }

    /** What the score started for the customer (drop alerts, playbooks, deals), newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HealthAction> actions(UUID companyId) {
        return actions.ofCompany(companyId, 20);
    }

    /**
     * Scores every customer not yet scored on {@code day} (each customer once per day, whichever instance gets there
     * first); returns how many this call scored.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int snapshotDay(LocalDate day) {
        return run(day, false);
    }

    /** Scores every customer again on {@code day}, replacing the day's snapshot (a model was published). */
    @PreAuthorize("hasRole('ADMIN')")
    public int rescoreAll(LocalDate day) {
        return run(day, true);
    }

    /** Scores the given customers now (replacing today's snapshot), e.g. after their data changed. */
    @PreAuthorize("hasRole('ADMIN')")
    public int rescore(List<UUID> companyIds) {
        List<HealthModel> published = models.published();
        return published.isEmpty() ? 0 : recorder.record(scorer.score(scores.customers(companyIds), published, today()),
                today(), true);
    }

    /**
     * Up to {@link #AT_ONCE} customers are scored together, so each measure over a large table reads it once for all of
     * them ({@link HealthScorer#WHOLE_BOOK}); the scores are written {@link #BATCH} customers a transaction.
     */
    private int run(LocalDate day, boolean replace) {
        List<HealthModel> published = models.published();
        if (published.isEmpty()) {
            return 0;
        }
        int written = 0;
        UUID after = null;
        while (true) {
            List<CustomerToScore> customers = scores.customers(after, AT_ONCE, replace ? null : day);
            if (customers.isEmpty()) {
                return written;
            }
            List<HealthScorer.Scored> scored = scorer.score(customers, published, day);
            for (int from = 0; from < scored.size(); from += BATCH) {
                written += recorder.record(scored.subList(from, Math.min(scored.size(), from + BATCH)), day, replace);
            }
            after = customers.getLast().id();
        }
    }
}
