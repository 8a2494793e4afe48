package dev.kizuna.success.web;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.i18n.Formats;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.success.Meeting;
import dev.kizuna.success.MeetingAction;
import dev.kizuna.success.MeetingDraft;
import dev.kizuna.success.Meetings;
import dev.kizuna.success.SuccessPlans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Planning a meeting and recording it as held (with one next action) from the plan page. */
@Controller
class MeetingsController {

    private final Meetings meetings;
    private final SuccessPlans plans;
    private final PlanPageModel pageModel;
    private final FormErrors formErrors;
    private final Formats formats;

    MeetingsController(Meetings meetings, SuccessPlans plans, PlanPageModel pageModel, FormErrors formErrors,
            Formats formats) {
        this.meetings = meetings;
        this.plans = plans;
        this.pageModel = pageModel;
        this.formErrors = formErrors;
        this.formats = formats;
    }

    @PostMapping("/success/plans/{planId}/meetings")
    String create(@PathVariable UUID planId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String startsAt, @RequestParam(required = false) String agenda,
            @RequestParam(required = false) List<String> attendeeUserIds,
            @RequestParam(required = false) List<String> attendeeContactIds, Model model, RedirectAttributes redirect) {
        var plan = plans.find(planId);
        try {
            meetings.create(new MeetingDraft(plan.companyId(), kind, Forms.localTime("startsAt", startsAt,
                    formats.zone()), agenda, ids("attendeeUserIds", attendeeUserIds),
                    ids("attendeeContactIds", attendeeContactIds)));
            Flash.success(redirect, "success.flash.meetingPlanned");
            return "redirect:/success/plans/" + planId + "#meetings";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            pageModel.fill(plan, model);
            return "success/plan";
        }
    }

    @PostMapping("/success/meetings/{id}/held")
    String hold(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String minutes,
            @RequestParam(required = false) String decisions, @RequestParam(required = false) String actionTitle,
            @RequestParam(required = false) String actionOwner, @RequestParam(required = false) String actionDue,
            @RequestParam(required = false) String actionBoard, Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.find(id);
        try {
            List<MeetingAction> actions = actionTitle == null || actionTitle.isBlank() ? List.of()
                    : List.of(new MeetingAction(actionTitle, Forms.id("actions[0].ownerUserId", actionOwner),
                            Forms.date("actions[0].dueOn", actionDue), Forms.id("actions[0].boardId", actionBoard),
                            null));
            meetings.hold(id, version, minutes, decisions, actions);
            Flash.success(redirect, "success.flash.meetingHeld", actions.size());
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            pageModel.fill(plans.find(meeting.planId()), model);
            model.addAttribute("holding", id);
            model.addAttribute("typed", new HoldTyped(minutes, decisions, actionTitle, actionOwner, actionDue, actionBoard));
            return "success/plan";
        } catch (StaleVersionException e) {
            Flash.warning(redirect, "success.flash.stale");
        }
        return "redirect:/success/plans/" + meeting.planId() + "#meetings";
    }

    private static List<UUID> ids(String field, List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> Forms.id(field, v)).toList();
    }

    /** What was typed into a meeting's "held" form, shown again when it is refused. */
    record HoldTyped(String minutes, String decisions, String actionTitle, String actionOwner, String actionDue,
            String actionBoard) {
    }
}
