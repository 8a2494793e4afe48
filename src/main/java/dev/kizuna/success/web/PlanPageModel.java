package dev.kizuna.success.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.kizuna.identity.Roles;
import dev.kizuna.identity.Users;
import dev.kizuna.success.ChecklistProgress;
import dev.kizuna.success.Checklists;
import dev.kizuna.success.Kpi;
import dev.kizuna.success.Kpis;
import dev.kizuna.success.Meeting;
import dev.kizuna.success.Meetings;
import dev.kizuna.success.PlanItem;
import dev.kizuna.success.SuccessPlan;
import dev.kizuna.success.SuccessPlans;
import dev.kizuna.work.Boards;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the success plan page shows: phases on a timeline, the checklist by phase, meetings, KPIs. */
@Component
class PlanPageModel {

    private final SuccessPlans plans;
    private final Checklists checklists;
    private final Meetings meetings;
    private final Kpis kpis;
    private final Users users;
    private final Roles roles;
    private final Boards boards;
    private final dev.kizuna.customers.Contacts contacts;

    PlanPageModel(SuccessPlans plans, Checklists checklists, Meetings meetings, Kpis kpis, Users users, Roles roles,
            Boards boards, dev.kizuna.customers.Contacts contacts) {
        this.contacts = contacts;
        this.plans = plans;
        this.checklists = checklists;
        this.meetings = meetings;
        this.kpis = kpis;
        this.users = users;
        this.roles = roles;
        this.boards = boards;
    }

    void fill(SuccessPlan plan, Model model) {
        var today = plans.today();
        List<PlanItem> items = checklists.of(plan.id());
        Map<Integer, List<PlanItem>> byPhase = items.stream()
                .collect(Collectors.groupingBy(PlanItem::phase, TreeMap::new, Collectors.toList()));
        List<Meeting> planMeetings = meetings.ofPlan(plan.id());
        List<Kpi> metrics = kpis.ofCompany(plan.companyId());
        model.addAttribute("plan", plan);
        model.addAttribute("today", today);
        model.addAttribute("current", plan.lifecycle().phaseOn(today).orElse(null));
        model.addAttribute("daysFromGoLive", plan.lifecycle().daysFromGoLive(today));
        model.addAttribute("itemsByPhase", byPhase);
        model.addAttribute("progress", ChecklistProgress.of(items, today));
        model.addAttribute("meetings", planMeetings);
        model.addAttribute("kpis", metrics);
        var people = users.pickable();
        model.addAttribute("users", people);
        var customerPeople = contacts.forCompany(plan.companyId());
        model.addAttribute("contacts", customerPeople);
        model.addAttribute("attendees", attendeeNames(planMeetings, people, customerPeople));
        model.addAttribute("roles", roles.list(false));
        model.addAttribute("boards", boards.list(false));
        model.addAttribute("cadences", SuccessPlan.CADENCES);
        model.addAttribute("meetingKinds", Meeting.KINDS);
    }

    /** Each meeting's attendees by name: our people first, then the customer's (with their company's people). */
    private Map<UUID, String> attendeeNames(List<Meeting> list, List<dev.kizuna.identity.UserSummary> people,
            List<dev.kizuna.customers.Contact> customerPeople) {
        Map<UUID, String> userNames = new java.util.HashMap<>();
        people.forEach(u -> userNames.put(u.id(), u.displayName()));
        Map<UUID, String> contactNames = new java.util.HashMap<>();
        customerPeople.forEach(c -> contactNames.put(c.id(), c.name()));
        Map<UUID, String> byMeeting = new java.util.HashMap<>();
        for (Meeting m : list) {
            List<String> names = new java.util.ArrayList<>();
            m.attendeeUserIds().forEach(id -> names.add(userNames.computeIfAbsent(id, k -> users.find(k).displayName())));
            m.attendeeContactIds().stream().map(contactNames::get).filter(java.util.Objects::nonNull).forEach(names::add);
            if (!names.isEmpty()) {
                byMeeting.put(m.id(), String.join("、", names));
            }
        }
        return byMeeting;
    }
}
