package dev.kizuna.success;

import java.util.List;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phase board (the CS team's book of accounts): every plan with its phase, days to or since go-live, checklist
 * completion, overdue items and owner, filtered and keyset-paged. Everyone signed in reads it.
 */
@Service
@Transactional(readOnly = true)
public class PhaseBoard {

    private final PhaseBoardRepository rows;
    private final SuccessClock clock;

    PhaseBoard(PhaseBoardRepository rows, SuccessClock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public CursorPage<PlanRow> list(PlanFilter filter, PageQuery page) {
        String sort = filter.sortOrDefault();
        Check.of().oneOf("sort", sort, PlanFilter.SORTS)
                .failIf(filter.goLiveFrom() != null && filter.goLiveTo() != null
                        && filter.goLiveTo().isBefore(filter.goLiveFrom()), "goLiveTo", "SuccessEndBeforeStart")
                .failIf(filter.renewalWithinDays() != null && !Renewals.WINDOWS.contains(filter.renewalWithinDays()),
                        "renewalWithinDays", "OneOf", "30, 60, 90")
                .verify();
        Cursor after = page.decodedCursor(PhaseBoardRepository.order(sort).cursorSize());
        List<PlanRow> found = rows.page(filter, clock.today(), after, page.fetchSize());
        return page.page(found, r -> "customer".equals(sort) ? Cursor.of(r.companyKana(), r.planId())
                : Cursor.of(r.goLiveOn().toString(), r.planId()));
    }
}
