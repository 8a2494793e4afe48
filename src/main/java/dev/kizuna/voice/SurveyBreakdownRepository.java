package dev.kizuna.voice;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * NPS counts grouped by a segment of the answering customer, read-only over {@code company} (kind, industry,
 * prefecture) and success's {@code success_contract} (the plan in force on the day of the answer),
 * {@code success_plan}/{@code success_plan_phase} (the lifecycle phase on that day) and {@code success_health_score}
 * (today's band). Days and months are Asia/Tokyo's.
 */
@Repository
class SurveyBreakdownRepository {

    private static final String DAY = "(r.submitted_at at time zone 'Asia/Tokyo')::date";
    private static final Map<String, String> KEYS = Map.of(
            "plan", "(select sc.plan_name from success_contract sc where sc.company_id = r.company_id"
                    + " and sc.starts_on <= " + DAY + " order by sc.starts_on desc, sc.id desc limit 1)",
            "phase", "(select coalesce(pp.phase_key, pp.name) from success_plan sp"
                    + " join success_plan_phase pp on pp.plan_id = sp.id where sp.company_id = r.company_id"
                    + " and " + DAY + " >= sp.go_live_on + make_interval(months => pp.start_months)"
                    + " and (pp.end_months is null or " + DAY + " < sp.go_live_on + make_interval(months => pp.end_months))"
                    + " order by pp.position limit 1)",
            "band", "(select h.band from success_health_score h where h.company_id = r.company_id)",
            "kind", "c.kind",
            "industry", "nullif(c.industry, '')",
            "prefecture", "nullif(c.prefecture, '')");

    private final JdbcClient jdbc;

    SurveyBreakdownRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Segment key (null: not known) → count of each NPS score 0–10. */
    Map<String, long[]> npsCountsBy(UUID surveyId, String by, Instant from, Instant to) {
        String key = KEYS.get(by);
        if (key == null) {
            throw new IllegalArgumentException(by);
        }
        Map<String, long[]> out = new LinkedHashMap<>();
        jdbc.sql("select " + key + " as k, r.nps, count(*) as n from voice_survey_response r"
                        + " left join company c on c.id = r.company_id where r.survey_id = ? and r.nps is not null"
                        + " and r.submitted_at >= coalesce(?, '-infinity'::timestamptz)"
                        + " and r.submitted_at < coalesce(?, 'infinity'::timestamptz) group by 1, 2")
                .params(surveyId, ts(from), ts(to))
                .query((rs, n) -> out.computeIfAbsent(rs.getString("k"), k -> new long[11])[rs.getInt("nps")] =
                        rs.getLong("n")).list();
        return out;
    }

    /** Month → count of each NPS score 0–10, oldest month first; months without answers are absent. */
    Map<YearMonth, long[]> npsCountsByMonth(UUID surveyId, Instant from, Instant to) {
        Map<YearMonth, long[]> out = new TreeMap<>();
        jdbc.sql("""
                select to_char(r.submitted_at at time zone 'Asia/Tokyo', 'YYYY-MM') as m, r.nps, count(*) as n
                  from voice_survey_response r where r.survey_id = ? and r.nps is not null
                   and r.submitted_at >= coalesce(?, '-infinity'::timestamptz)
                   and r.submitted_at < coalesce(?, 'infinity'::timestamptz) group by 1, 2""")
                .params(surveyId, ts(from), ts(to))
                .query((rs, n) -> out.computeIfAbsent(YearMonth.parse(rs.getString("m")), k -> new long[11])[
                        rs.getInt("nps")] = rs.getLong("n")).list();
        return out;
    }

    private static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }
}
