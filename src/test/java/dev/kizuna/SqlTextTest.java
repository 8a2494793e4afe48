package dev.kizuna;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** What {@link TableOwnershipTest} sees in a source file: the tables each kind of statement reads and writes. */
class SqlTextTest {

    private static final Set<String> TABLES = Set.of("company", "contact", "activity", "deal", "app_user");

    @Test
    void textBlocksAndJoinedLiteralsAreReadAsSql() {
        SqlText sql = SqlText.of("""
                class A {
                    void a() {
                        jdbc.sql(\"""
                                update company c set last_activity_at = a.last
                                  from (select company_id, max(occurred_at) as last from activity group by 1) a
                                \""").update();
                        jdbc.sql("select d.* from " + "deal d left join " + "app_user u on u.id = d.owner_id");
                    }
                }
                """);

        assertThat(sql.writes(TABLES)).containsExactly("company");
        assertThat(sql.reads(TABLES)).containsExactlyInAnyOrder("activity", "deal", "app_user");
    }

    @Test
    void everyKindOfWriteIsSeen() {
        assertThat(SqlText.of("x(\"insert into deal (id) values (?)\");").writes(TABLES)).containsExactly("deal");
        assertThat(SqlText.of("x(\"INSERT INTO Deal(id) VALUES (?)\");").writes(TABLES)).containsExactly("deal");
        assertThat(SqlText.of("x(\"delete from contact where id = ?\");").writes(TABLES)).containsExactly("contact");
        assertThat(SqlText.of("x(\"update only company set name = ?\");").writes(TABLES)).containsExactly("company");
        assertThat(SqlText.of("x(\"update \\\"company\\\" as c set name = ?\");").writes(TABLES))
                .containsExactly("company");
        assertThat(SqlText.of("x(\"copy activity (id, kind) from stdin\");").writes(TABLES)).containsExactly("activity");
        assertThat(SqlText.of("x(\"merge into deal d using company c on c.id = d.company_id\");").writes(TABLES))
                .containsExactly("deal");
        assertThat(SqlText.of("x(\"truncate table app_user\");").writes(TABLES)).containsExactly("app_user");
    }

    @Test
    void readsAndLocksAreNotWrites() {
        SqlText sql = SqlText.of("""
                x("select id from deal where id = ? for update");
                x("insert into activity (id) select id from company on conflict (id) do update set kind = excluded.kind");
                """);

        assertThat(sql.writes(TABLES)).containsExactly("activity");
        assertThat(sql.reads(TABLES)).containsExactlyInAnyOrder("deal", "company");
    }

    @Test
    void commentsFunctionsAndOtherNamesAreNotTables() {
        SqlText sql = SqlText.of("""
                // jdbc.sql("delete from company");
                /* "update deal set title = ?" */
                x("select extract(epoch from now()), x.* from unnest(?::uuid[]) x join people p on true");
                char quote = '"';
                x("select 1 from contact_move");
                """);

        assertThat(sql.writes(TABLES)).isEmpty();
        assertThat(sql.reads(TABLES)).isEmpty();
    }

    @Test
    void aLiteralThatDoesNotContinueTheStatementIsAPieceOfItsOwn() {
        SqlText sql = SqlText.of("""
                String label = "moved from";
                String table = "company";
                """);

        assertThat(sql.pieces()).containsExactly("moved from", "company");
        assertThat(sql.reads(TABLES)).isEmpty();
    }
}
