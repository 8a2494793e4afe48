package dev.kizuna.voice.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import dev.kizuna.voice.FeedbackFilter;
import dev.kizuna.voice.VoiceExports;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Excel downloads from the survey page (answers over the months shown) and the feedback list (as filtered). */
@Controller
class VoiceExportController {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final VoiceExports exports;

    VoiceExportController(VoiceExports exports) {
        this.exports = exports;
    }

    @GetMapping("/voice/surveys/{id}/answers.xlsx")
    void surveyAnswers(@PathVariable UUID id, @RequestParam(required = false) String since,
            @RequestParam(required = false) String until, HttpServletResponse response) throws IOException {
        YearMonth from = SurveyChartRows.month(since);
        YearMonth to = SurveyChartRows.month(until);
        Instant start = SurveyChartRows.start(from);
        Instant end = SurveyChartRows.end(to);
        start(response, "survey-answers");
        exports.surveyAnswers(id, start, end, response.getOutputStream());
    }

    /** The same filter and sort as {@code /voice/feedback}: no status means open items, a blank one means all. */
    @GetMapping("/voice/feedback.xlsx")
    void feedback(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        String s = status == null ? "open" : status.isBlank() ? null : status;
        java.util.Map<String, String[]> p = new java.util.HashMap<>();
        if (s != null) {
            p.put("status", new String[] {s});
        }
        p.put("kind", new String[] {blank(kind) == null ? "" : kind});
        p.put("sort", new String[] {blank(sort) == null ? "" : sort});
        FeedbackFilter filter = FeedbackFilter.fromParameters(p); // refused (400 page) before any byte is written
        start(response, "feedback");
        exports.feedback(filter, response.getOutputStream());
    }

    private static void start(HttpServletResponse response, String name) {
        response.setContentType(VoiceExports.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + "-" + LocalDate.now(TOKYO) + ".xlsx").build().toString());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
