package dev.kizuna.insights.home;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.identity.User;
import dev.kizuna.identity.Users;
import dev.kizuna.insights.DailyReports;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.i18n.Formats;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page for whoever is signed in: the cards their job roles were given by an administrator (none given: the
 * defaults of their permission level), in the order they put them, each read from its module's facade.
 */
@Service
public class Home {

    /** The catalogue's order: a rep's own work first, then the figures, the team's, customer success. */
    static final List<String> ORDER = List.of("followUps", "myTasks", "myStalledDeals", "myUnpaidOrders", "yesterday",
            "renewals", "atRisk", "dailyReport", "teamBudget", "stalledDeals", "overduePayments", "complianceRanking",
            "boardBacklog", "phases");

    private final List<HomeCard> catalogue;
    private final HomeLayoutRepository layouts;
    private final Users users;
    private final DailyReports clock;
    private final MessageSource messages;
    private final Formats formats;

    Home(List<HomeCard> cards, HomeLayoutRepository layouts, Users users, DailyReports clock,
            MessageSource messages, Formats formats) {
        this.catalogue = cards.stream().sorted(java.util.Comparator.comparingInt(c -> ORDER.indexOf(c.key()))).toList();
        this.layouts = layouts;
        this.users = users;
        this.clock = clock;
        this.messages = messages;
        this.formats = formats;
    }

    /** The caller's cards, read now. A card whose facade refuses the caller is left out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HomeCardView> cards() {
        User me = users.find(CurrentActor.required().actorId());
        var context = new HomeContext(me.id(), me.level(), clock.today(), LocaleContextHolder.getLocale(), messages,
                formats);
        List<HomeCardView> out = new ArrayList<>();
        for (HomeCard card : cardsOf(me)) {
            try {
                out.add(card.read(context));
            } catch (AccessDeniedException e) {
                // a job role was given a card its holder's level may not read: skip it
            }
        }
        return out;
    }

    /** Every card's key in the order of the catalogue (what administrators may choose from). */
    public List<String> catalogue() {
        return catalogue.stream().map(HomeCard::key).toList();
    }

    /** The lowest permission level a card may be shown to. */
    public PermissionLevel minimumOf(String key) {
        return card(key).minimum();
    }

    /** The cards chosen per job role (roles without a choice are absent). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<UUID, List<String>> roleCards() {
        return layouts.allRoleCards();
    }

    /** Sets the cards of a job role; an empty list gives its holders their level's defaults again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setRoleCards(UUID roleId, List<String> cards) {
        checkKeys("cards", cards);
        layouts.replaceRoleCards(roleId, cards.stream().distinct().toList());
    }

    /** The caller's own order of their cards; cards left out keep their place after the listed ones. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void reorder(List<String> cards) {
        checkKeys("cards", cards);
        layouts.saveOrder(CurrentActor.required().actorId(), cards.stream().distinct().toList());
    }

    /** Moves one of the caller's cards one place up ({@code -1}) or down ({@code 1}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void move(String key, int step) {
        User me = users.find(CurrentActor.required().actorId());
        List<String> keys = new ArrayList<>(cardsOf(me).stream().map(HomeCard::key).toList());
        int at = keys.indexOf(key);
        int to = at + Integer.signum(step);
        if (at >= 0 && to >= 0 && to < keys.size()) {
            keys.set(at, keys.get(to));
            keys.set(to, key);
            layouts.saveOrder(me.id(), keys);
        }
    }

    List<HomeCard> cardsOf(User me) {
        Set<String> chosen = new LinkedHashSet<>();
        layouts.cardsOfRoles(me.roleIds()).values().forEach(chosen::addAll);
        List<HomeCard> mine = catalogue.stream().filter(c -> me.level().includes(c.minimum()))
                .filter(c -> chosen.isEmpty() ? c.defaultFor().contains(me.level()) : chosen.contains(c.key()))
                .toList();
        if (mine.isEmpty()) {
            mine = catalogue.stream().filter(c -> c.defaultFor().contains(me.level())).toList();
        }
        List<String> order = layouts.orderOf(me.id());
        List<HomeCard> sorted = new ArrayList<>(mine);
        sorted.sort(java.util.Comparator.comparingInt(c -> {
            int at = order.indexOf(c.key());
            return at < 0 ? order.size() + catalogue.indexOf(c) : at;
        }));
        return sorted;
    }

    private HomeCard card(String key) {
        return catalogue.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private void checkKeys(String field, List<String> cards) {
        List<String> known = catalogue();
        // null is missing; an empty list is a choice (for a role: back to the defaults)
        Check check = cards == null ? Check.of().required(field, null) : Check.of();
        if (cards != null) {
            cards.stream().filter(k -> !known.contains(k)).findFirst()
                    .ifPresent(k -> check.failIf(true, field, "OneOf", String.join(", ", known)));
        }
        check.verify();
    }
}
