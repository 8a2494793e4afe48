package dev.kizuna.marketing.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kizuna.marketing.Segment;
import dev.kizuna.marketing.Segments;
import dev.kizuna.marketing.StepSequence;
import dev.kizuna.marketing.StepSequences;
import dev.kizuna.platform.api.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Step e-mails (ステップメール) on the web: the sequences, and one with its steps and who is going through it. */
@Controller
class SequencePages {

    private final StepSequences sequences;
    private final Segments segments;

    SequencePages(StepSequences sequences, Segments segments) {
        this.sequences = sequences;
        this.segments = segments;
    }

    @GetMapping("/marketing/sequences")
    String list(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("sequences", sequences.list(PageQuery.of(50, cursor)));
        model.addAttribute("segmentNames", segmentNames());
        return "marketing/sequences";
    }

    @GetMapping("/marketing/sequences/{id}")
    String page(@PathVariable UUID id, Model model) {
        StepSequence q = sequences.find(id);
        model.addAttribute("sequence", q);
        model.addAttribute("segment", q.segmentId() == null ? null : segments.find(q.segmentId()));
        model.addAttribute("enrollments", sequences.enrollments(id, null));
        return "marketing/sequence";
    }

    private Map<UUID, String> segmentNames() {
        return segments.list(PageQuery.first(PageQuery.MAX_LIMIT)).items().stream()
                .collect(Collectors.toMap(Segment::id, Segment::name, (a, b) -> a));
    }
}
