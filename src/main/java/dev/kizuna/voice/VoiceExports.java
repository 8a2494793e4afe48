package dev.kizuna.voice;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.table.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Excel (.xlsx) files of a survey's answers over a period and of the feedback list as filtered, written row by row
 * through the shared table writer (the one data exports use) with headers in the reader's language. At most
 * {@link #MAX_ROWS} rows; past that the last row says the file was cut. Each export is written to the audit log.
 */
@Service
public class VoiceExports {

    public static final int MAX_ROWS = 20_000;
    public static final String CONTENT_TYPE = TableWriter.Format.XLSX.contentType;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final Surveys surveys;
    private final FeedbackItems feedback;
    private final MessageSource messages;
    private final AuditLog audit;

    VoiceExports(Surveys surveys, FeedbackItems feedback, MessageSource messages, AuditLog audit) {
        this.surveys = surveys;
        this.feedback = feedback;
        this.messages = messages;
        this.audit = audit;
    }

    /** Answers in [{@code from}, {@code to}), newest first: when, customer, contact, then one column per question. */
    @PreAuthorize("isAuthenticated()")
    public int surveyAnswers(UUID surveyId, Instant from, Instant to, OutputStream out) throws IOException {
        Survey survey = surveys.find(surveyId);
        List<String> header = new ArrayList<>(List.of(text("voice.export.submittedAt"), text("voice.export.company"),
                text("voice.export.contact")));
        survey.questions().forEach(q -> header.add(q.position() + ". " + q.label()));
        int rows = write(out, header, cursor -> surveys.responses(surveyId, null, from, to, PageQuery.of(
                PageQuery.MAX_LIMIT, cursor)), r -> {
                    List<String> row = new ArrayList<>(List.of(TIME.format(r.submittedAt()), nz(r.companyName()),
                            nz(r.contactName())));
                    survey.questions().forEach(q -> row.add(r.answers().stream()
                            .filter(a -> a.questionId().equals(q.id())).findFirst().map(VoiceExports::answer)
                            .orElse("")));
                    return row;
                });
        audit.record("survey.exported", Surveys.AUDIT_TYPE, surveyId, null, Map.of("rows", rows,
                "from", String.valueOf(from), "to", String.valueOf(to)));
        return rows;
    }

    /** The feedback list with the page's filter and sort. */
    @PreAuthorize("isAuthenticated()")
    public int feedback(FeedbackFilter filter, OutputStream out) throws IOException {
        filter.verify();
        List<String> header = List.of(text("voice.export.createdAt"), text("voice.field.kind"),
                text("voice.field.status"), text("voice.field.body"), text("voice.export.company"),
                text("voice.field.source"), text("voice.field.productArea"), text("voice.export.votes"),
                text("voice.export.revenue"), text("voice.field.statusReason"));
        int rows = write(out, header, cursor -> feedback.list(filter, PageQuery.of(PageQuery.MAX_LIMIT, cursor)),
                f -> List.of(TIME.format(f.createdAt()), text("voice.kind." + f.kind()),
                        text("voice.status." + f.status()), f.body(), nz(f.companyName()),
                        f.source() == null ? "" : text("voice.source." + f.source()), nz(f.productArea()),
                        String.valueOf(f.voteCount()), String.valueOf(f.revenueAtStake()), nz(f.statusReason())));
        audit.record("feedback.exported", FeedbackItems.AUDIT_TYPE, null, null, Map.of("rows", rows,
                "filter", filter.toString()));
        return rows;
    }

    private <T> int write(OutputStream out, List<String> header, Function<String, CursorPage<T>> pages,
            Function<T, List<String>> row) throws IOException {
        int n = 0;
        try (TableWriter writer = TableWriter.open(TableWriter.Format.XLSX, out)) {
            writer.row(header.toArray(String[]::new));
            String cursor = null;
            do {
                CursorPage<T> page = pages.apply(cursor);
                for (T item : page.items()) {
                    if (n == MAX_ROWS) {
                        writer.row(messages.getMessage("voice.export.cut", new Object[] {MAX_ROWS}, locale()));
                        return n;
                    }
                    writer.row(row.apply(item).toArray(String[]::new));
                    n++;
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return n;
    }

    private static String answer(SurveyResponse.Answer a) {
        if (a.score() != null) {
            return String.valueOf(a.score());
        }
        return a.choices().isEmpty() ? nz(a.text()) : String.join(", ", a.choices());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
