package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The voice sample data loads through the facades as the system: a voice three customers share, an NPS survey, postcards. */
@KizunaTest
class VoiceSampleDataTest {

    @Autowired
    VoiceSampleData sampleData;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSampleCustomersVoicesAndTheSurveysEightAnswersLoad() {
        for (int i = 0; i < 3; i++) {
            jdbc.sql("insert into company (id, kind, name, status) values (?, 'company', ?, 'customer')")
                    .params(UUID.randomUUID(), "株式会社見本" + i).update();
        }
        for (int i = 0; i < 4; i++) {
            jdbc.sql("insert into company (id, kind, name, status) values (?, 'individual', ?, 'customer')")
                    .params(UUID.randomUUID(), "見本 花子" + i).update();
        }
        java.time.Instant before = java.time.Instant.now();
        SystemActor.run(() -> sampleData.load());
        // Four postcards on the reply desk, the one that came in ten days ago past its due time.
        assertThat(jdbc.sql("select count(*) from voice_letter where created_at >= ?")
                .param(java.sql.Timestamp.from(before)).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from voice_letter where created_at >= ? and due_at < now()")
                .param(java.sql.Timestamp.from(before)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select max(vote_count) from voice_feedback where product_area = '発注画面'")
                .query(Integer.class).single()).isEqualTo(3);
        UUID survey = jdbc.sql("select id from voice_survey where title = 'ご利用満足度アンケート（2026年冬）'"
                + " order by created_at desc limit 1").query(UUID.class).single();
        var results = SystemActor.call(() -> surveys.results(survey, null, null));
        assertThat(results.responses()).isEqualTo(8);
        // promoters 10, 9, 9, 10 = 4; detractors 6, 4 = 2; (4 − 2) / 8 = 25
        assertThat(results.npsScore()).isEqualTo(25);
    }
}
