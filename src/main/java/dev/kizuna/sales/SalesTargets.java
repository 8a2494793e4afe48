package dev.kizuna.sales;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets (予算) per rep and month, in yen. Managers set them; everyone who may see the forecast reads them. A target
 * carries a version like every record: setting one with a stale version is refused (409); version null creates it.
 */
@Service
@Transactional
public class SalesTargets {

    static final String AUDIT_TYPE = "sales_target";
    /** Ten billion yen a month: anything larger is a typing mistake. */
    static final long MAX_AMOUNT = 10_000_000_000L;

    private final SalesTargetRepository rows;
    private final Users users;
    private final AuditLog audit;

    SalesTargets(SalesTargetRepository rows, Users users, AuditLog audit) {
        this.rows = rows;
        this.users = users;
        this.audit = audit;
    }

    public record Target(UUID userId, YearMonth month, long amount, long version) {
    }

    /** The targets of the months {@code from}..{@code to}, both inclusive. */
    @PreAuthorize("hasRole('MANAGER') or @coaching.isCoach()")
    @Transactional(readOnly = true)
    public List<Target> between(YearMonth from, YearMonth to) {
        return rows.between(from, to);
    }

    /**
     * Saves a rep's row of twelve months from {@code first}: form fields {@code amount-YYYY-MM} (yen, commas allowed;
     * blank leaves the month alone), {@code version-YYYY-MM} (blank: none yet) and {@code original-YYYY-MM} (what was
     * shown; unchanged months are not written). All or nothing: a bad amount or a stale version writes no month.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public int setRow(UUID userId, YearMonth first, java.util.Map<String, String> form) {
        int written = 0;
        for (int i = 0; i < 12; i++) {
            YearMonth m = first.plusMonths(i);
            String typed = form.getOrDefault("amount-" + m, "").replace(",", "").replace("，", "").strip();
            if (typed.isEmpty() || typed.equals(form.getOrDefault("original-" + m, "").replace(",", "").strip())) {
                continue;
            }
            long amount;
            try {
                amount = Long.parseLong(java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC));
            } catch (NumberFormatException e) {
                throw new RuleViolationException(FieldProblem.of("months[" + i + "].amount", "Yen"));
            }
            if (amount < 0) {
                throw new RuleViolationException(FieldProblem.of("months[" + i + "].amount", "Yen"));
            }
            String version = form.getOrDefault("version-" + m, "").strip();
            set(userId, m, amount, version.isEmpty() ? null : Long.valueOf(version));
            written++;
        }
        return written;
    }

    /**
     * Sets a rep's target for a month. {@code version} null: there must be none yet (else 409, someone was first);
     * otherwise the version read.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public Target set(UUID userId, YearMonth month, long amount, Long version) {
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new RuleViolationException(FieldProblem.of("amount", "Range", 0, MAX_AMOUNT));
        }
        if (userId == null || !users.exists(userId)) {
            throw new RuleViolationException(FieldProblem.of("userId", "UnknownUser"));
        }
        UUID actor = CurrentActor.required().actorId();
        boolean changed = version == null ? rows.insert(userId, month, amount, actor)
                : rows.update(userId, month, amount, version, actor);
        if (!changed) {
            throw new StaleVersionException(AUDIT_TYPE, userId);
        }
        Target saved = new Target(userId, month, amount, version == null ? 0 : version + 1);
        audit.record("sales_target.set", AUDIT_TYPE, userId, null, saved);
        return saved;
    }
}
