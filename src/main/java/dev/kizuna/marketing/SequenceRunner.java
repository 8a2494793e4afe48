package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import org.springframework.stereotype.Component;

/**
 * Moves customers through their sequences, as the system: each enrolment due by today first checks the customer is
 * still in the sequence's segment (else it stops, "left segment"), then queues the step's mail if the customer
 * accepts e-mail and has an address (a step is passed over otherwise), then moves on to the next step's day or
 * finishes. Queueing is idempotent per enrolment and step, and the move is conditional on the step it was at, so
 * running twice, or on two instances, queues each step once.
 */
@Component
class SequenceRunner {

    private static final int BATCH = 500;

    private final SequenceRepository sequences;
    private final StepSequences stepSequences;
    private final MarketingMailRepository mails;
    private final Segments segments;
    private final Companies companies;

    SequenceRunner(SequenceRepository sequences, StepSequences stepSequences, MarketingMailRepository mails,
            Segments segments, Companies companies) {
        this.sequences = sequences;
        this.stepSequences = stepSequences;
        this.mails = mails;
        this.segments = segments;
        this.companies = companies;
    }

    /** Works through every enrolment due by {@code today}; returns how many steps it handled. */
    int runDue(LocalDate today) {
        Map<UUID, StepSequence> cache = new HashMap<>();
        int handled = 0;
        List<SequenceEnrollment> due;
        do {
            due = sequences.due(today, BATCH);
            for (SequenceEnrollment e : due) {
                StepSequence q = cache.computeIfAbsent(e.sequenceId(), id -> sequences.find(id).orElseThrow());
                step(q, e);
                handled++;
            }
        } while (due.size() == BATCH);
        return handled;
    }

    private void step(StepSequence q, SequenceEnrollment e) {
        if (!q.active()) {
            sequences.end(e.id(), "stopped", "sequence inactive");
            return;
        }
        if (q.segmentId() != null && !segments.contains(q.segmentId(), e.companyId())) {
            sequences.end(e.id(), "stopped", "left segment");
            return;
        }
        if (e.nextStep() > q.steps().size()) {
            sequences.end(e.id(), "finished", "");
            return;
        }
        StepSequence.Step step = q.steps().get(e.nextStep() - 1);
        Company c = companies.findOrNull(e.companyId());
        if (c != null && c.emailOptIn() && c.email() != null && !c.email().isBlank()) {
            mails.queueStep(e.id(), step.position(), c.id(), step.templateId(), c.email());
        }
        if (e.nextStep() < q.steps().size()) {
            sequences.advance(e.id(), e.nextStep(), stepSequences.dueOn(e.nextDueOn(), q.steps().get(e.nextStep())));
        } else {
            sequences.end(e.id(), "finished", "");
        }
    }
}
