package dev.kizuna.voice;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code voice_survey}, its questions and its invitations (personal links, stored hashed). */
@Repository
class SurveyRepository {

    static final KeysetOrder NEWEST = new KeysetOrder("s.created_at", "timestamptz", "s.id", true);

    /** An invitation as the answer page needs it. */
    record Invitation(UUID id, UUID surveyId, UUID companyId, UUID contactId, boolean answered) {
    }

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, SurveyDraft d, String openTokenHash, UUID actor) {
        jdbc.sql("""
                insert into voice_survey (id, title, language, intro, thanks, anonymous, open_token_hash, created_by,
                    updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, d.title(), d.language(), d.intro(), d.thanks(), d.anonymous(), openTokenHash, actor,
                actor).update();
    }

    void insertQuestion(UUID surveyId, int position, SurveyDraft.QuestionDraft q) {
        jdbc.sql("""
                insert into voice_survey_question (id, survey_id, position, kind, label, choices, required)
                values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)
                """).params(surveyId, position, q.kind(), q.label(), q.choices().toArray(String[]::new),
                q.required()).update();
    }

    Optional<Survey> find(UUID id) {
        return jdbc.sql("select s.* from voice_survey s where s.id = ?").param(id).query(SurveyRepository::map)
                .optional().map(s -> s.withQuestions(questions(id)));
    }

    Optional<UUID> surveyOfOpenToken(String hash) {
        return jdbc.sql("select id from voice_survey where open_token_hash = ?").param(hash).query(UUID.class)
                .optional();
    }

    List<Survey> list(Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder("select s.* from voice_survey s where true");
        List<Object> args = new ArrayList<>();
        NEWEST.appendAfter(sql, args, after);
        NEWEST.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(SurveyRepository::map).list();
    }

    List<SurveyQuestion> questions(UUID surveyId) {
        return jdbc.sql("select * from voice_survey_question where survey_id = ? order by position").param(surveyId)
                .query((rs, n) -> new SurveyQuestion(rs.getObject("id", UUID.class), rs.getInt("position"),
                        rs.getString("kind"), rs.getString("label"), strings(rs.getArray("choices")),
                        rs.getBoolean("required"))).list();
    }

    void insertInvitation(UUID id, UUID surveyId, String tokenHash, UUID companyId, UUID contactId, boolean mailed,
            UUID actor) {
        jdbc.sql("""
                insert into voice_survey_invitation (id, survey_id, token_hash, company_id, contact_id, mailed,
                    created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, surveyId, tokenHash, companyId, contactId, mailed, actor, actor).update();
    }

    Optional<Invitation> invitation(String tokenHash) {
        return jdbc.sql("select * from voice_survey_invitation where token_hash = ?").param(tokenHash)
                .query((rs, n) -> new Invitation(rs.getObject("id", UUID.class), rs.getObject("survey_id", UUID.class),
                        rs.getObject("company_id", UUID.class), rs.getObject("contact_id", UUID.class),
                        rs.getTimestamp("answered_at") != null)).optional();
    }

    /** Marks the invitation answered; false when it was answered already (one answer per personal link). */
    boolean claim(UUID invitationId) {
        return jdbc.sql("""
                update voice_survey_invitation set answered_at = now(), version = version + 1, updated_at = now()
                where id = ? and answered_at is null""").param(invitationId).update() == 1;
    }

    long invited(UUID surveyId) {
        return jdbc.sql("select count(*) from voice_survey_invitation where survey_id = ?").param(surveyId)
                .query(Long.class).single();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Survey map(ResultSet rs, int n) throws SQLException {
        return new Survey(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("language"),
                rs.getString("intro"), rs.getString("thanks"), rs.getBoolean("anonymous"),
                rs.getString("open_token_hash") != null, List.of(), rs.getLong("version"),
                FeedbackRepository.instant(rs, "created_at"));
    }
}
