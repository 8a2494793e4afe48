package dev.kizuna.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL over {@code voice_survey_response} and {@code voice_survey_answer}; results are counted in SQL (grouped
 * by score or choice), never by loading answers. Joins {@code company} and {@code contact} read-only for names.
 */
@Repository
class SurveyResponseRepository {

    static final KeysetOrder NEWEST = new KeysetOrder("r.submitted_at", "timestamptz", "r.id", true);
    private static final String SELECT = """
            select r.*, s.title, c.name as company_name, p.name as contact_name from voice_survey_response r
              join voice_survey s on s.id = r.survey_id left join company c on c.id = r.company_id
              left join contact p on p.id = r.contact_id
            """;

    private final JdbcClient jdbc;

    SurveyResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID surveyId, UUID invitationId, UUID companyId, UUID contactId, Integer nps) {
        jdbc.sql("""
                insert into voice_survey_response (id, survey_id, invitation_id, company_id, contact_id, nps)
                values (?, ?, ?, ?, ?, ?)""").params(id, surveyId, invitationId, companyId, contactId, nps).update();
    }

    void insertAnswer(UUID responseId, UUID questionId, Integer score, List<String> choices, String text) {
        jdbc.sql("""
                insert into voice_survey_answer (response_id, question_id, score, choices, text)
                values (?, ?, ?, ?, ?)""").params(responseId, questionId, score, choices.toArray(String[]::new),
                text).update();
    }

    List<SurveyResponse> list(UUID surveyId, UUID companyId, Cursor after, int fetchSize) {
        return list(surveyId, companyId, null, null, after, fetchSize);
    }

    /** Newest first, answered in [{@code from}, {@code to}) when given. */
    List<SurveyResponse> list(UUID surveyId, UUID companyId, Instant from, Instant to, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            sql.append(" and r.submitted_at >= ?");
            args.add(java.sql.Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and r.submitted_at < ?");
            args.add(java.sql.Timestamp.from(to));
        }
        if (surveyId != null) {
            sql.append(" and r.survey_id = ?");
            args.add(surveyId);
        }
        if (companyId != null) {
            sql.append(" and r.company_id = ?");
            args.add(companyId);
        }
        NEWEST.appendAfter(sql, args, after);
        NEWEST.appendOrderAndLimit(sql, args, fetchSize);
        List<SurveyResponse> rows = jdbc.sql(sql.toString()).params(args).query((rs, n) -> new SurveyResponse(
                rs.getObject("id", UUID.class), rs.getObject("survey_id", UUID.class), rs.getString("title"),
                rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getObject("contact_id", UUID.class), rs.getString("contact_name"),
                (Integer) rs.getObject("nps"), FeedbackRepository.instant(rs, "submitted_at"), List.of())).list();
        return withAnswers(rows);
    }

    private List<SurveyResponse> withAnswers(List<SurveyResponse> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<SurveyResponse.Answer>> answers = new LinkedHashMap<>();
        jdbc.sql("""
                select a.*, q.position, q.label from voice_survey_answer a
                  join voice_survey_question q on q.id = a.question_id
                 where a.response_id = any(?) order by q.position""")
                .param(rows.stream().map(SurveyResponse::id).toArray(UUID[]::new))
                .query((rs, n) -> {
                    answers.computeIfAbsent(rs.getObject("response_id", UUID.class), k -> new ArrayList<>())
                            .add(new SurveyResponse.Answer(rs.getObject("question_id", UUID.class),
                                    rs.getInt("position"), rs.getString("label"), (Integer) rs.getObject("score"),
                                    SurveyRepository.strings(rs.getArray("choices")), rs.getString("text")));
                    return null;
                }).list();
        return rows.stream().map(r -> r.withAnswers(answers.getOrDefault(r.id(), List.of()))).toList();
    }

    /** The count of each NPS score 0–10 over a period (either end may be null). */
    long[] npsCounts(UUID surveyId, Instant from, Instant to) {
        long[] counts = new long[11];
        jdbc.sql("""
                select nps, count(*) as n from voice_survey_response where survey_id = ? and nps is not null
                   and submitted_at >= coalesce(?, '-infinity'::timestamptz)
                   and submitted_at < coalesce(?, 'infinity'::timestamptz) group by nps""")
                .params(surveyId, from == null ? null : java.sql.Timestamp.from(from),
                        to == null ? null : java.sql.Timestamp.from(to))
                .query((rs, n) -> counts[rs.getInt("nps")] = rs.getLong("n")).list();
        return counts;
    }

    long responses(UUID surveyId, Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) from voice_survey_response where survey_id = ?
                   and submitted_at >= coalesce(?, '-infinity'::timestamptz)
                   and submitted_at < coalesce(?, 'infinity'::timestamptz)""")
                .params(surveyId, from == null ? null : java.sql.Timestamp.from(from),
                        to == null ? null : java.sql.Timestamp.from(to)).query(Long.class).single();
    }

    /** Per question: score or choice → count, over a period. */
    Map<UUID, Map<String, Long>> counts(UUID surveyId, Instant from, Instant to) {
        Map<UUID, Map<String, Long>> out = new LinkedHashMap<>();
        jdbc.sql("""
                select a.question_id, coalesce(a.score::text, ch) as value, count(*) as n
                  from voice_survey_answer a join voice_survey_response r on r.id = a.response_id
                  left join lateral unnest(a.choices) ch on true
                 where r.survey_id = ? and r.submitted_at >= coalesce(?, '-infinity'::timestamptz)
                   and r.submitted_at < coalesce(?, 'infinity'::timestamptz)
                   and (a.score is not null or ch is not null)
                 group by a.question_id, value""")
                .params(surveyId, from == null ? null : java.sql.Timestamp.from(from),
                        to == null ? null : java.sql.Timestamp.from(to))
                .query((rs, n) -> out.computeIfAbsent(rs.getObject("question_id", UUID.class),
                        k -> new LinkedHashMap<>()).put(rs.getString("value"), rs.getLong("n"))).list();
        return out;
    }

    /** A customer's answered surveys for the timeline, newest first, before a point in (time, id) order. */
    List<SurveyResponse> ofCompany(UUID companyId, UUID contactId, Instant before, UUID beforeId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where r.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (contactId != null) {
            sql.append(" and r.contact_id = ?");
            args.add(contactId);
        }
        if (before != null) {
            sql.append(" and (r.submitted_at, r.id) < (?, ?)");
            args.add(java.sql.Timestamp.from(before));
            args.add(beforeId == null ? new UUID(-1L, -1L) : beforeId);
        }
        sql.append(" order by r.submitted_at desc, r.id desc limit ?");
        args.add(limit);
        return withAnswers(jdbc.sql(sql.toString()).params(args).query((rs, n) -> new SurveyResponse(
                rs.getObject("id", UUID.class), rs.getObject("survey_id", UUID.class), rs.getString("title"),
                rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getObject("contact_id", UUID.class), rs.getString("contact_name"),
                (Integer) rs.getObject("nps"), FeedbackRepository.instant(rs, "submitted_at"), List.of())).list());
    }

    /**
     * Each customer's latest score answered in [{@code from}, {@code to}): the NPS, or with {@code rating} the latest
     * rating answer. Customers without one are absent.
     */
    Map<UUID, Long> latestScores(java.util.Collection<UUID> companyIds, boolean rating, Instant from, Instant to) {
        Map<UUID, Long> out = new java.util.HashMap<>();
        if (companyIds.isEmpty()) {
            return out;
        }
        String sql = rating ? """
                select distinct on (r.company_id) r.company_id, a.score from voice_survey_response r
                  join voice_survey_answer a on a.response_id = r.id
                  join voice_survey_question q on q.id = a.question_id and q.kind = 'rating'
                 where r.company_id = any(?) and r.submitted_at >= ? and r.submitted_at < ? and a.score is not null
                 order by r.company_id, r.submitted_at desc, r.id desc, q.position""" : """
                select distinct on (r.company_id) r.company_id, r.nps as score from voice_survey_response r
                 where r.company_id = any(?) and r.submitted_at >= ? and r.submitted_at < ? and r.nps is not null
                 order by r.company_id, r.submitted_at desc, r.id desc""";
        jdbc.sql(sql).params(companyIds.toArray(UUID[]::new), java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
                .query((rs, n) -> out.put(rs.getObject("company_id", UUID.class), rs.getLong("score"))).list();
        return out;
    }
}
