package dev.kizuna.work;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.Check;
import org.springframework.stereotype.Component;

/**
 * The rules a playbook draft must keep before it is saved (a new playbook, a new version, or a built-in one such as a
 * success plan's checklist): every problem named by its step and field, all at once.
 */
@Component
class PlaybookDraftRules {

    private final PlaybookRepository repository;

    PlaybookDraftRules(PlaybookRepository repository) {
        this.repository = repository;
    }

    void verify(PlaybookDraft d, UUID id) {
        List<PlaybookStep> steps = d.steps() == null ? List.of() : d.steps();
        Check check = Check.of()
                .required("name", d.name())
                .maxLength("name", d.name(), 120)
                .failIf(d.name() != null && !d.name().isBlank() && repository.nameTaken(d.name().strip(), id), "name",
                        "Duplicate")
                .required("trigger", d.trigger())
                .oneOf("trigger", d.trigger(), Playbook.TRIGGERS)
                .failIf(("activity_type".equals(d.trigger()) || "field_changed".equals(d.trigger()))
                        && (d.triggerType() == null || d.triggerType().isBlank()),
                        "triggerType", "NotBlank")
                .required("steps", steps);
        for (int i = 0; i < steps.size(); i++) {
            PlaybookStep s = steps.get(i);
            String f = "steps[" + i + "]";
            boolean inRange = s.then() == null || (s.then() >= 0 && s.then() <= steps.size());
            check.oneOf(f + ".kind", s.kind(), PlaybookStep.KINDS)
                    .failIf(s.makesTask() && (s.title() == null || s.title().isBlank()), f + ".title", "NotBlank")
                    .failIf(s.makesTask() && (s.board() == null || s.board().isBlank()), f + ".board", "NotBlank")
                    .failIf(!inRange, f + ".then", "Range", 0, steps.size())
                    .failIf("goto".equals(s.kind()) && s.then() == null, f + ".then", "NotNull")
                    .failIf("call".equals(s.kind()) && (s.limit() == null || s.limit() < 1), f + ".limit", "Range", 1, 99)
                    .failIf("call".equals(s.kind()) && (s.onLimit() == null || s.onLimit() < 0
                            || s.onLimit() > steps.size()), f + ".onLimit", "Range", 0, steps.size())
                    .failIf("email".equals(s.kind()) && (s.subject() == null || s.subject().isBlank()), f + ".subject",
                            "NotBlank")
                    .failIf("email".equals(s.kind()) && (s.body() == null || s.body().isBlank()), f + ".body", "NotBlank")
                    .failIf("chat".equals(s.kind()) && (s.subject() == null || s.subject().isBlank()), f + ".subject",
                            "NotBlank")
                    .failIf("chat".equals(s.kind()) && (s.body() == null || s.body().isBlank()), f + ".body", "NotBlank")
                    .failIf("wait".equals(s.kind()) && (s.waitDays() == null) == (s.waitUntil() == null)
                            && s.waitFor() == null, f + ".waitDays", "WorkOneWait")
                    .failIf("wait".equals(s.kind()) && s.waitFor() != null
                            && !List.of("order", "deal_won", "anchor").contains(s.waitFor()), f + ".waitFor", "OneOf",
                            "order, deal_won, anchor")
                    .failIf(PlaybookItemStep.anchored(s) && s.waitDays() == null && "wait".equals(s.kind()),
                            f + ".waitDays", "NotNull")
                    .failIf("item".equals(s.kind()) && (s.subject() == null || s.subject().isBlank()), f + ".subject",
                            "NotBlank")
                    .failIf("item".equals(s.kind()) && (s.title() == null || s.title().isBlank()), f + ".title",
                            "NotBlank")
                    .failIf("timed".equals(s.kind()) && (s.targetMinutes() == null || s.targetMinutes() < 1),
                            f + ".targetMinutes", "Range", 1, 1440)
                    .failIf(s.otherwise() != null && (s.otherwise() < 0 || s.otherwise() > steps.size()),
                            f + ".otherwise", "Range", 0, steps.size())
                    .failIf("branch".equals(s.kind()) && s.then() == null, f + ".then", "NotNull");
            if ("branch".equals(s.kind())) {
                BranchRules.verify(check, s.when(), f + ".");
            }
        }
        check.verify();
    }
}
