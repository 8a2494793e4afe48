package dev.kizuna.insights.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.insights.home.Home;
import dev.kizuna.insights.home.HomeCardView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/home}: the caller's home cards, their order, and (administrators) the cards of each job role. */
@RestController
@RequestMapping("/api/v1/home")
@Tag(name = "Insights")
class HomeApi {

    private final Home home;

    HomeApi(Home home) {
        this.home = home;
    }

    record HomeJson(List<HomeCardView> cards) {
    }

    record CardsJson(List<String> cards) {
    }

    @GetMapping
    @Operation(summary = "The caller's home: cards in their order, each with its title and lines in the caller's "
            + "language (text, detail, href of the record, tone danger/warning), a link to the full list and the text "
            + "shown when empty. Cards: followUps, myTasks, myStalledDeals, myUnpaidOrders, yesterday, renewals, atRisk, "
            + "dailyReport, teamBudget, stalledDeals, overduePayments, complianceRanking, boardBacklog, phases")
    HomeJson get() {
        return new HomeJson(home.cards());
    }

    @PutMapping("/order")
    @Operation(summary = "Puts the caller's cards in this order (card keys); cards left out follow the listed ones")
    ResponseEntity<Void> order(@RequestBody CardsJson body) {
        home.reorder(body == null ? null : body.cards());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/role-cards")
    @Operation(summary = "The cards chosen for each job role (administrators); roles without a choice are absent and "
            + "their holders get their permission level's defaults")
    Map<UUID, List<String>> roleCards() {
        return home.roleCards();
    }

    @PutMapping("/role-cards/{roleId}")
    @Operation(summary = "Chooses the cards of a job role (administrators); an empty list restores the defaults")
    CardsJson setRoleCards(@PathVariable UUID roleId, @RequestBody CardsJson body) {
        home.setRoleCards(roleId, body == null ? null : body.cards());
        return new CardsJson(home.roleCards().getOrDefault(roleId, List.of()));
    }
}
