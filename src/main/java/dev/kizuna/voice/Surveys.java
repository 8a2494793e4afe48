package dev.kizuna.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys (アンケート) and NPS: everyone reads surveys and their results; members write them and send them. Answers
 * come in through the public page ({@link SurveyAnswering}).
 */
@Service
@Transactional
public class Surveys {

    static final String AUDIT_TYPE = "survey";
    static final int MAX_QUESTIONS = 30;
    static final int MAX_CHOICES = 20;

    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final AuditLog audit;

    Surveys(SurveyRepository surveys, SurveyResponseRepository responses, AuditLog audit) {
        this.surveys = surveys;
        this.responses = responses;
        this.audit = audit;
    }

    /** A new survey and, when it has one, its open link (shown this once: only its hash is kept). */
    public record Created(Survey survey, String openLink) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Survey find(UUID id) {
        return surveys.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Survey> list(PageQuery page) {
        return page.page(surveys.list(page.decodedCursor(2), page.fetchSize()), s -> Cursor.of(s.createdAt(), s.id()));
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Created create(SurveyDraft draft) {
        SurveyDraft clean = verify(draft);
        UUID id = Ids.newId();
        String openToken = Boolean.TRUE.equals(clean.openLink()) ? SurveyLinks.newToken() : null;
        surveys.insert(id, clean, openToken == null ? null : SurveyLinks.hash(openToken), CurrentActor.idOrNull());
        for (int i = 0; i < clean.questions().size(); i++) {
            surveys.insertQuestion(id, i + 1, clean.questions().get(i));
        }
        Survey created = find(id);
        audit.record("survey.created", AUDIT_TYPE, id, null, created);
        return new Created(created, openToken == null ? null : SurveyLinks.path(openToken));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SurveyResults results(UUID id, Instant from, Instant to) {
        Survey survey = find(id);
        Nps nps = Nps.of(responses.npsCounts(id, from, to));
        var counts = responses.counts(id, from, to);
        List<SurveyResults.QuestionResult> questions = survey.questions().stream().map(q -> {
            var c = counts.getOrDefault(q.id(), java.util.Map.of());
            return new SurveyResults.QuestionResult(q.id(), q.position(), q.kind(), q.label(),
                    q.choice() ? -1 : c.values().stream().mapToLong(Long::longValue).sum(), ordered(q, c));
        }).toList();
        return new SurveyResults(id, surveys.invited(id), responses.responses(id, from, to), nps, questions);
    }

    /** Every possible score (or choice) in order, with zeros, so charts show the whole scale. */
    private static java.util.Map<String, Long> ordered(SurveyQuestion q, java.util.Map<String, Long> c) {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        if (q.choice()) {
            q.choices().forEach(choice -> out.put(choice, c.getOrDefault(choice, 0L)));
        } else if (!"text".equals(q.kind())) {
            for (int s = q.min(); s <= q.max(); s++) {
                out.put(String.valueOf(s), c.getOrDefault(String.valueOf(s), 0L));
            }
        }
        return out;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<SurveyResponse> responses(UUID surveyId, UUID companyId, PageQuery page) {
        return responses(surveyId, companyId, null, null, page);
    }

    /** A survey's answers in [{@code from}, {@code to}) (either may be null), newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<SurveyResponse> responses(UUID surveyId, UUID companyId, Instant from, Instant to,
            PageQuery page) {
        return page.page(responses.list(surveyId, companyId, from, to, page.decodedCursor(2), page.fetchSize()),
                r -> Cursor.of(r.submittedAt(), r.id()));
    }

    private SurveyDraft verify(SurveyDraft d) {
        String title = d.title() == null ? null : d.title().strip();
        String intro = d.intro() == null ? "" : d.intro().strip();
        String thanks = d.thanks() == null ? "" : d.thanks().strip();
        String language = d.language() == null || d.language().isBlank() ? "ja" : d.language();
        List<SurveyDraft.QuestionDraft> qs = d.questions() == null ? List.of() : d.questions();
        Check check = Check.of().required("title", title).maxLength("title", title, 200)
                .oneOf("language", language, Survey.LANGUAGES).maxLength("intro", intro, 4000)
                .maxLength("thanks", thanks, 4000).required("questions", qs)
                .failIf(qs.size() > MAX_QUESTIONS, "questions", "Range", 1, MAX_QUESTIONS);
        List<SurveyDraft.QuestionDraft> clean = new ArrayList<>();
        for (int i = 0; i < Math.min(qs.size(), MAX_QUESTIONS); i++) {
            SurveyDraft.QuestionDraft q = qs.get(i);
            String field = "questions[" + i + "]";
            if (q == null) {
                check.failIf(true, field + ".kind", "NotBlank");
                continue;
            }
            String label = q.label() == null ? null : q.label().strip();
            List<String> choices = q.choices() == null ? List.of()
                    : q.choices().stream().map(c -> c == null ? "" : c.strip()).filter(c -> !c.isEmpty()).distinct()
                    .toList();
            boolean choice = "single".equals(q.kind()) || "multiple".equals(q.kind());
            check.required(field + ".kind", q.kind()).oneOf(field + ".kind", q.kind(), SurveyQuestion.KINDS)
                    .required(field + ".label", label).maxLength(field + ".label", label, 500)
                    .failIf(choice && choices.size() < 2, field + ".choices", "VoiceChoices", 2, MAX_CHOICES)
                    .failIf(choices.size() > MAX_CHOICES || choices.stream().anyMatch(c -> c.length() > 100),
                            field + ".choices", "VoiceChoices", 2, MAX_CHOICES);
            clean.add(new SurveyDraft.QuestionDraft(q.kind(), label, choice ? choices : List.of(),
                    !Boolean.FALSE.equals(q.required())));
        }
        check.verify();
        return new SurveyDraft(title, language, intro, thanks, Boolean.TRUE.equals(d.anonymous()),
                Boolean.TRUE.equals(d.openLink()), clean);
    }
}
