package dev.kizuna.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.work.TaskDraft;
import dev.kizuna.work.Tasks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public answer page's rules (no sign-in): a link is a personal invitation (one answer) or a survey's open link.
 * Every answer is checked before anything is stored — required answers, scores in range, choices offered, text within
 * 2,000 characters — and the response and its answers are stored in one transaction or not at all. A detractor
 * (NPS 0–6) of a known customer gives the customer's owner a follow-up task.
 */
@Service
@Transactional
public class SurveyAnswering {

    /** What a link opens: the survey, or why not ({@code unknown}, {@code used}). */
    public record Page(String state, Survey survey) {
    }

    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final Companies companies;
    private final Tasks tasks;
    private final VoiceBoards boards;
    private final MessageSource messages;

    SurveyAnswering(SurveyRepository surveys, SurveyResponseRepository responses, Companies companies, Tasks tasks,
            VoiceBoards boards, MessageSource messages) {
        this.surveys = surveys;
        this.responses = responses;
        this.companies = companies;
        this.tasks = tasks;
        this.boards = boards;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Page open(String token) {
        String hash = SurveyLinks.hash(token);
        if (hash == null) {
            return new Page("unknown", null);
        }
        var invitation = surveys.invitation(hash);
        if (invitation.isPresent()) {
            return new Page(invitation.get().answered() ? "used" : "open",
                    surveys.find(invitation.get().surveyId()).orElseThrow());
        }
        return surveys.surveyOfOpenToken(hash).flatMap(surveys::find).map(s -> new Page("open", s))
                .orElse(new Page("unknown", null));
    }

    /**
     * Stores the answers given by question position ({@code q1}, {@code q2} …), or refuses them all: a
     * {@link RuleViolationException} names each question ({@code q<n>}), and {@code token} when the link is unknown
     * or used. Returns the survey answered.
     */
    public Survey answer(String token, Map<String, List<String>> given) {
        Page page = open(token);
        if (!"open".equals(page.state())) {
            throw new RuleViolationException(FieldProblem.of("token", "used".equals(page.state()) ? "VoiceLinkUsed"
                    : "VoiceLinkUnknown"));
        }
        Survey survey = page.survey();
        List<Answer> answers = check(survey, given);
        var invitation = surveys.invitation(SurveyLinks.hash(token));
        if (invitation.isPresent() && !surveys.claim(invitation.get().id())) {
            throw new RuleViolationException(FieldProblem.of("token", "VoiceLinkUsed"));
        }
        UUID companyId = survey.anonymous() ? null : invitation.map(SurveyRepository.Invitation::companyId).orElse(null);
        UUID contactId = survey.anonymous() ? null : invitation.map(SurveyRepository.Invitation::contactId).orElse(null);
        Integer nps = answers.stream().filter(a -> "nps".equals(a.question().kind()) && a.score() != null)
                .map(Answer::score).findFirst().orElse(null);
        UUID responseId = Ids.newId();
        responses.insert(responseId, survey.id(), invitation.map(SurveyRepository.Invitation::id).orElse(null),
                companyId, contactId, nps);
        for (Answer a : answers) {
            responses.insertAnswer(responseId, a.question().id(), a.score(), a.choices(), a.text());
        }
        if (nps != null && Nps.detractor(nps) && companyId != null) {
            followUp(survey, companyId, nps);
        }
        return survey;
    }

    private record Answer(SurveyQuestion question, Integer score, List<String> choices, String text) {
    }

    private static List<Answer> check(Survey survey, Map<String, List<String>> given) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        for (SurveyQuestion q : survey.questions()) {
            String field = "q" + q.position();
            List<String> values = given.getOrDefault(field, List.of()).stream()
                    .map(v -> v == null ? "" : v.strip()).filter(v -> !v.isEmpty()).toList();
            if (values.isEmpty()) {
                if (q.required()) {
                    problems.add(FieldProblem.of(field, "NotBlank"));
                }
                continue;
            }
            switch (q.kind()) {
                case "nps", "rating" -> {
                    Integer score = values.size() == 1 && values.getFirst().matches("\\d{1,2}")
                            ? Integer.valueOf(values.getFirst()) : null;
                    if (score == null || score < q.min() || score > q.max()) {
                        problems.add(FieldProblem.of(field, "Range", q.min(), q.max()));
                    } else {
                        answers.add(new Answer(q, score, List.of(), ""));
                    }
                }
                case "single", "multiple" -> {
                    boolean offered = q.choices().containsAll(values);
                    if (!offered || ("single".equals(q.kind()) && values.size() > 1)) {
                        problems.add(FieldProblem.of(field, "OneOf", String.join(", ", q.choices())));
                    } else {
                        answers.add(new Answer(q, null, values.stream().distinct().toList(), ""));
                    }
                }
                default -> {
                    String text = String.join("\n", values);
                    if (values.size() > 1 || text.codePointCount(0, text.length()) > SurveyQuestion.MAX_TEXT) {
                        problems.add(FieldProblem.of(field, "Size", SurveyQuestion.MAX_TEXT, 0));
                    } else {
                        answers.add(new Answer(q, null, List.of(), text));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return answers;
    }

    private void followUp(Survey survey, UUID companyId, int nps) {
        SystemActor.call(() -> {
            Company company = companies.findOrNull(companyId);
            boards.named(VoiceBoards.SUCCESS).ifPresent(board -> tasks.create(new TaskDraft(board.id(),
                    messages.getMessage("voice.survey.detractorTask", new Object[] {company.name(), nps}, Locale.JAPANESE),
                    messages.getMessage("voice.survey.detractorDetails", new Object[] {survey.title(), nps},
                            Locale.JAPANESE), null, company.ownerId(), companyId, null, null, null, 1, "high",
                    List.of())));
            return null;
        });
    }
}
