package dev.kizuna.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Who hears about a record someone owns: plain values, no Spring. */
class TeamTest {

    private static final UUID REP = UUID.randomUUID();
    private static final UUID BOSS = UUID.randomUUID();
    private static final UUID OTHER_BOSS = UUID.randomUUID();

    @Test
    void theOwnerFirstThenTheManagerOfEachOfTheirTeamsOnce() {
        List<Team> teams = List.of(team(BOSS, REP), team(OTHER_BOSS, UUID.randomUUID()), team(BOSS, REP),
                team(null, REP), team(REP, REP));

        assertThat(Team.ownerAndManagers(REP, teams)).containsExactly(REP, BOSS);
    }

    @Test
    void aRecordWithoutAnOwnerTellsNobody() {
        assertThat(Team.ownerAndManagers(null, List.of(team(BOSS, REP)))).isEmpty();
    }

    private static Team team(UUID manager, UUID member) {
        return new Team(UUID.randomUUID(), "営業一課", manager, null,
                List.of(new Team.UserSummaryRef(member, "田中")), 0);
    }
}
