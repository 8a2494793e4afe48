package dev.kizuna.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What the first start on an empty database leaves behind, and sample data loaded once only. */
@KizunaTest
class FirstStartTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentitySampleData sampleData;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theFirstAdministratorExistsAndMustChooseAPassword() {
        var admin = jdbc.sql("select permission_level, must_change_password, active from app_user where email = ?")
                .param(FirstAdministrator.DEFAULT_EMAIL)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getBoolean(2) + "/" + rs.getBoolean(3)).single();
        assertThat(admin).isEqualTo("ADMIN/true/true");
    }

    @Test
    void sampleStaffHaveJapaneseNamesFuriganaAndTheRolesOfSeed000() {
        transactions.executeWithoutResult(tx -> {
            if (jdbc.sql("select count(*) from app_user where email = 'tanaka@example.jp'").query(Long.class).single() == 0) {
                sampleData.load();
            }
        });
        assertThat(jdbc.sql("select name from job_role where name in ('新規担当','リピート担当','カスタマーサクセス','BSG営業',"
                + "'原稿作成担当','入稿担当','新旧移行作業者')").query(String.class).list()).hasSize(7);
        assertThat(jdbc.sql("select name_kana from app_user where email = 'tanaka@example.jp'").query(String.class).single())
                .isEqualTo("タナカ マコト");
        assertThat(jdbc.sql("select count(*) from team_member m join team t on t.id = m.team_id where t.name = '営業チーム'")
                .query(Long.class).single()).isEqualTo(6);
    }
}
