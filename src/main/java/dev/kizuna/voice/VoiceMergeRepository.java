package dev.kizuna.voice;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.db.CustomerRowsRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL that moves this module's rows of a merged customer and counts a customer's rows. */
@Repository
class VoiceMergeRepository extends CustomerRowsRepository {

    /** Tables with columns that point at a customer ({@code company_id}) or a contact ({@code contact_id}). */
    static final List<String> TABLES = List.of("voice_feedback", "voice_feedback_vote", "voice_survey_invitation",
            "voice_survey_response", "voice_letter");

    VoiceMergeRepository(JdbcClient jdbc) {
        super(jdbc, TABLES);
    }

    /**
     * Moves the merged customer's votes; where both customers voted for the same item the survivor's vote stays and
     * the merged one's goes (one vote per customer). Recounts the items touched.
     */
    List<UUID> moveVotes(UUID to, UUID from, UUID actor) {
        List<UUID> items = jdbc().sql("select feedback_id from voice_feedback_vote where company_id = ?").param(from)
                .query(UUID.class).list();
        List<UUID> moved = jdbc().sql("""
                update voice_feedback_vote v set company_id = ?, version = version + 1, updated_at = now(),
                    updated_by = ? where v.company_id = ? and not exists (select 1 from voice_feedback_vote w
                    where w.feedback_id = v.feedback_id and w.company_id = ?) returning id
                """).params(to, actor, from, to).query(UUID.class).list();
        jdbc().sql("delete from voice_feedback_vote where company_id = ?").param(from).update();
        for (UUID item : items) {
            jdbc().sql("""
                    update voice_feedback f set vote_count = s.n, revenue_at_stake = s.revenue
                      from (select count(*) as n, coalesce(sum(revenue), 0) as revenue from voice_feedback_vote
                            where feedback_id = ?) s where f.id = ?
                    """).params(item, item).update();
        }
        return moved;
    }
}
