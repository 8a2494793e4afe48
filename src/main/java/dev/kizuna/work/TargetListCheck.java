package dev.kizuna.work;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.ListViews;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.text.JapaneseText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Checks a target list's draft and fills in its defaults; refuses what the customers list would refuse. */
@Component
class TargetListCheck {

    private final TargetListRepository repository;
    private final Companies companies;
    private final ListViews views;
    private final Boards boards;
    private final ObjectProvider<Playbooks> playbooks;

    TargetListCheck(TargetListRepository repository, Companies companies, ListViews views, Boards boards,
            ObjectProvider<Playbooks> playbooks) {
        this.repository = repository;
        this.companies = companies;
        this.views = views;
        this.boards = boards;
        this.playbooks = playbooks;
    }

    /** The draft's settings, for the list {@code id} ({@code null} for a new one). */
    TargetListSettings verify(TargetListDraft d, UUID id) {
        String name = JapaneseText.normalize(d.name());
        String description = d.description() == null ? "" : d.description().strip();
        String query = d.query() == null ? "" : d.query().strip();
        if (d.viewId() != null) {
            var view = views.find(d.viewId());
            Check.of().failIf(!"company".equals(view.objectType()), "viewId", "UnknownId").verify();
            if (query.isEmpty()) {
                query = view.query();
            }
        }
        if (query.startsWith("?")) {
            query = query.substring(1);
        }
        String orderField = d.orderField() == null || d.orderField().isBlank() ? null : d.orderField().strip();
        String refresh = d.refresh() == null || d.refresh().isBlank() ? "monthly" : d.refresh();
        String feedKind = d.feedKind() == null || d.feedKind().isBlank() ? "board" : d.feedKind();
        int perDay = d.perDay() == null ? 1 : d.perDay();
        String feedMode = d.feedMode() == null || d.feedMode().isBlank() ? "daily" : d.feedMode();
        Set<String> sorts = Set.copyOf(Companies.sorts(companies.listFields()));
        Check.of()
                .required("name", name)
                .maxLength("name", name, 80)
                .maxLength("description", description, 1000)
                .maxLength("query", query, 4000)
                .failIf(name != null && !name.isBlank() && repository.nameTaken(name, id), "name", "Duplicate")
                .failIf(orderField != null && !sorts.contains(orderField), "orderField", "WorkTargetListUnknownSort")
                .failIf(perDay < 1 || perDay > 100, "perDay", "Range", 1, 100)
                .oneOf("refresh", refresh, TargetList.REFRESHES)
                .oneOf("feedKind", feedKind, TargetList.FEED_KINDS)
                .oneOf("feedMode", feedMode, TargetList.FEED_MODES)
                .failIf("period".equals(feedMode) && "never".equals(refresh), "refresh", "WorkTargetListPeriodNever")
                .failIf("board".equals(feedKind) && d.boardId() == null, "boardId", "NotBlank")
                .failIf("playbook".equals(feedKind) && d.playbookId() == null, "playbookId", "NotBlank")
                .verify();
        if ("board".equals(feedKind)) {
            Board board = boards.find(d.boardId());
            Check.of().failIf(board.retired(), "boardId", "UnknownId").verify();
        } else {
            playbooks.getObject().find(d.playbookId());
        }
        try {
            companies.count(TargetListQuery.filter(query)); // a condition the customers list would refuse
        } catch (RuleViolationException e) {
            throw new RuleViolationException(List.of(FieldProblem.of("query", "WorkTargetListQuery",
                    e.problems().isEmpty() ? "" : e.problems().get(0).field())));
        }
        return new TargetListSettings(name, description, query, d.viewId(), orderField,
                Boolean.TRUE.equals(d.orderDesc()), perDay, refresh, feedKind,
                "board".equals(feedKind) ? d.boardId() : null, "playbook".equals(feedKind) ? d.playbookId() : null,
                d.active() == null || d.active(), feedMode);
    }
}
