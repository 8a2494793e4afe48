package dev.kizuna.insights.home;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which cards administrators chose for each job role, and each user's own order of their cards. */
@Repository
class HomeLayoutRepository {

    private final JdbcClient jdbc;

    HomeLayoutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The chosen cards of these roles in order (home_role_card primary key), role by role. */
    Map<UUID, List<String>> cardsOfRoles(Collection<UUID> roleIds) {
        Map<UUID, List<String>> out = new LinkedHashMap<>();
        if (roleIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select role_id, card from home_role_card where role_id = any(?) order by role_id, position")
                .param(roleIds.toArray(UUID[]::new))
                .query((rs, n) -> out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getString(2))).list();
        return out;
    }

    Map<UUID, List<String>> allRoleCards() {
        Map<UUID, List<String>> out = new LinkedHashMap<>();
        jdbc.sql("select role_id, card from home_role_card order by role_id, position")
                .query((rs, n) -> out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getString(2))).list();
        return out;
    }

    void replaceRoleCards(UUID roleId, List<String> cards) {
        jdbc.sql("delete from home_role_card where role_id = ?").param(roleId).update();
        for (int i = 0; i < cards.size(); i++) {
            jdbc.sql("insert into home_role_card (role_id, card, position) values (?, ?, ?)")
                    .params(roleId, cards.get(i), i).update();
        }
    }

    List<String> orderOf(UUID userId) {
        return jdbc.sql("select cards from home_user_order where user_id = ?").param(userId)
                .query((rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray())).optional().orElse(List.of());
    }

    void saveOrder(UUID userId, List<String> cards) {
        jdbc.sql("""
                insert into home_user_order (user_id, cards) values (?, ?)
                on conflict (user_id) do update set cards = excluded.cards, updated_at = now()
                """).params(userId, cards.toArray(String[]::new)).update();
    }
}
