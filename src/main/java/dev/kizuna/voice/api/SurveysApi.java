package dev.kizuna.voice.api;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.voice.Nps;
import dev.kizuna.voice.Survey;
import dev.kizuna.voice.SurveyBreakdown;
import dev.kizuna.voice.SurveyBreakdowns;
import dev.kizuna.voice.SurveyDraft;
import dev.kizuna.voice.SurveyQuestion;
import dev.kizuna.voice.SurveyResponse;
import dev.kizuna.voice.SurveyResults;
import dev.kizuna.voice.SurveySending;
import dev.kizuna.voice.Surveys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/surveys} and {@code /api/v1/survey-responses}: surveys, sending personal links, NPS results. */
@RestController
@Tag(name = "Voice of the customer")
class SurveysApi {

    private final Surveys surveys;
    private final SurveySending sending;
    private final SurveyBreakdowns breakdowns;

    SurveysApi(Surveys surveys, SurveySending sending, SurveyBreakdowns breakdowns) {
        this.surveys = surveys;
        this.sending = sending;
        this.breakdowns = breakdowns;
    }

    record SurveyJson(String id, String title, String language, String intro, String thanks, boolean anonymous,
            boolean openLink, List<SurveyQuestion> questions, OffsetDateTime createdAt, long version) {
        static SurveyJson of(Survey s) {
            return new SurveyJson(s.id().toString(), s.title(), s.language(), s.intro(), s.thanks(), s.anonymous(),
                    s.openLink(), s.questions(), VoiceApi.out(s.createdAt()), s.version());
        }
    }

    record CreatedJson(String id, String title, String language, String intro, String thanks, boolean anonymous,
            List<SurveyQuestion> questions, String openLink, long version) {
    }

    @GetMapping("/api/v1/surveys")
    @Operation(summary = "Surveys, newest first, keyset-paged")
    CursorPage<SurveyJson> list(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return surveys.list(PageQuery.of(limit, cursor)).map(SurveyJson::of);
    }

    @GetMapping("/api/v1/surveys/{id}")
    ResponseEntity<SurveyJson> get(@PathVariable String id) {
        Survey s = surveys.find(VoiceApi.pathId("survey", id));
        return ResponseEntity.ok().eTag(Versions.etag(s.version())).body(SurveyJson.of(s));
    }

    @PostMapping("/api/v1/surveys")
    @Operation(summary = "Write a survey (members)", description = """
            title, language (ja | en: the answer page's language), intro, thanks, anonymous (answers not tied to
            the customer), openLink (true: a link anyone may answer, returned once as openLink), questions: up to 30
            of {kind: nps (0–10) | rating (1–5) | single | multiple (2–20 choices) | text (up to 2,000 characters),
            label, choices, required (default true)}.""")
    ResponseEntity<CreatedJson> create(@RequestBody SurveyDraft body) {
        Surveys.Created c = surveys.create(body);
        Survey s = c.survey();
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + s.id())).eTag(Versions.etag(s.version()))
                .body(new CreatedJson(s.id().toString(), s.title(), s.language(), s.intro(), s.thanks(),
                        s.anonymous(), s.questions(), c.openLink(), s.version()));
    }

    record SendRequest(List<String> contactIds, String targetListId) {
    }

    @PostMapping("/api/v1/surveys/{id}/send")
    @Operation(summary = "Send personal links (members)", description = """
            contactIds (up to 500) and/or targetListId (each waiting customer's primary contact). Only contacts of
            customers whose e-mail consent is on and who have an address get a link (by e-mail when mail is on);
            the others come back in skipped with the reason. Each link (/s/ and 22 characters) takes one answer.""")
    SendingJson send(@PathVariable String id, @RequestBody SendRequest body) {
        List<java.util.UUID> contacts = body.contactIds() == null ? List.of() : body.contactIds().stream()
                .limit(SurveySending.MAX_RECIPIENTS + 1L).map(c -> VoiceApi.id("contactIds", c)).toList();
        var r = sending.send(VoiceApi.pathId("survey", id), contacts, VoiceApi.id("targetListId", body.targetListId()));
        return new SendingJson(r.sent(), r.skipped());
    }

    record SendingJson(List<SurveySending.Sent> sent, List<SurveySending.Skipped> skipped) {
    }

    record ResultsJson(String surveyId, long invited, long responses, Integer nps, long promoters, long passives,
            long detractors, List<SurveyResults.QuestionResult> questions) {
    }

    @GetMapping("/api/v1/surveys/{id}/results")
    @Operation(summary = "NPS and each question's distribution", description = """
            from, to (ISO-8601 times with offset; to is exclusive) limit the period. nps = % promoters (9–10) − %
            detractors (0–6), rounded; null without answers.""")
    ResultsJson results(@PathVariable String id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        SurveyResults r = surveys.results(VoiceApi.pathId("survey", id), time("from", from), time("to", to));
        return new ResultsJson(r.surveyId().toString(), r.invited(), r.responses(), r.npsScore(),
                r.nps().promoters(), r.nps().passives(), r.nps().detractors(), r.questions());
    }

    record NpsJson(String key, long answered, Integer nps, long promoters, long passives, long detractors) {
        static NpsJson of(String key, Nps n) {
            return new NpsJson(key, n.answered(), n.score(), n.promoters(), n.passives(), n.detractors());
        }
    }

    record BreakdownJson(String by, List<NpsJson> segments, List<NpsJson> months) {
    }

    @GetMapping("/api/v1/surveys/{id}/segments")
    @Operation(summary = "NPS per segment and per month", description = """
            by (required): plan (the contract plan in force on the day of the answer), phase (the lifecycle phase on
            that day: preparation, onboarding, adoption or a custom phase's name), band (today's health band), kind,
            industry or prefecture. from, to (ISO-8601 times with offset; to is exclusive) limit the period. Segments
            come largest first; key null = not known (anonymous or open-link answers, no plan); past 20 segments the
            rest are counted under key "others". months: YYYY-MM (Asia/Tokyo), oldest first, months with answers only.""")
    BreakdownJson segments(@PathVariable String id, @RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        SurveyBreakdown b = breakdowns.breakdown(VoiceApi.pathId("survey", id), by, time("from", from), time("to", to));
        return new BreakdownJson(b.by(), b.groups().stream()
                .map(g -> NpsJson.of(g.others() ? "others" : g.key(), g.nps())).toList(),
                b.months().stream().map(m -> NpsJson.of(m.month().toString(), m.nps())).toList());
    }

    record ResponseJson(String id, String surveyId, String surveyTitle, String companyId, String companyName,
            String contactId, String contactName, Integer nps, OffsetDateTime submittedAt,
            List<SurveyResponse.Answer> answers) {
        static ResponseJson of(SurveyResponse r) {
            return new ResponseJson(r.id().toString(), r.surveyId().toString(), r.surveyTitle(),
                    VoiceApi.str(r.companyId()), r.companyName(), VoiceApi.str(r.contactId()), r.contactName(),
                    r.nps(), VoiceApi.out(r.submittedAt()), r.answers());
        }
    }

    @GetMapping("/api/v1/survey-responses")
    @Operation(summary = "Survey answers, newest first, keyset-paged", description = "filter[surveyId], filter[companyId].")
    @ListFilters({"surveyId", "companyId"})
    CursorPage<ResponseJson> responses(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        Map<String, String[]> p = request.getParameterMap();
        return surveys.responses(VoiceApi.id("filter[surveyId]", one(p, "filter[surveyId]")),
                VoiceApi.id("filter[companyId]", one(p, "filter[companyId]")), PageQuery.of(limit, cursor))
                .map(ResponseJson::of);
    }

    private static String one(Map<String, String[]> p, String name) {
        String[] v = p.get(name);
        return v == null || v.length == 0 || v[0].isBlank() ? null : v[0].strip();
    }

    private static Instant time(String field, String value) {
        return dev.kizuna.platform.api.ApiValues.time(field, value);
    }
}
