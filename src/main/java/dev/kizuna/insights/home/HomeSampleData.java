package dev.kizuna.insights.home;

import java.util.List;

import dev.kizuna.identity.Roles;
import dev.kizuna.platform.sampledata.SampleData;
import org.springframework.stereotype.Component;

/**
 * The sample company's customer-success role gets the cards of its work (tasks, follow-ups, renewals, phases, board
 * backlog); the other roles keep their permission level's defaults.
 */
@Component
class HomeSampleData implements SampleData {

    static final String SUCCESS_ROLE = "カスタマーサクセス";
    static final List<String> SUCCESS_CARDS = List.of("myTasks", "followUps", "atRisk", "renewals", "phases",
            "boardBacklog", "yesterday");

    private final Roles roles;
    private final Home home;

    HomeSampleData(Roles roles, Home home) {
        this.roles = roles;
        this.home = home;
    }

    @Override
    public String name() {
        return "home-cards";
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public void load() {
        roles.list(false).stream().filter(r -> r.name().equals(SUCCESS_ROLE)).findFirst()
                .ifPresent(r -> home.setRoleCards(r.id(), SUCCESS_CARDS));
    }
}
