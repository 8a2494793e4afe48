package dev.kizuna.identity.web;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.Team;
import dev.kizuna.identity.Teams;
import dev.kizuna.identity.User;
import dev.kizuna.identity.UserSummary;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Teams and their managers, who receive the team's daily report and alerts. */
@Controller
@RequestMapping("/admin/teams")
class TeamsController {

    private final Teams teams;
    private final Users users;
    private final FormErrors formErrors;

    TeamsController(Teams teams, Users users, FormErrors formErrors) {
        this.teams = teams;
        this.users = users;
        this.formErrors = formErrors;
    }

    record TeamForm(String name, UUID managerId, List<UUID> memberIds, Long version) {

        public List<UUID> members() {
            return memberIds == null ? List.of() : memberIds;
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("teams", teams.list());
        return "identity/teams";
    }

    @GetMapping("/new")
    String newTeam(Model model) {
        return form(model, new TeamForm("", null, List.of(), null), null);
    }

    @PostMapping("/new")
    String create(TeamForm form, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            Team team = teams.create(form.name(), form.managerId(), form.members());
            Flash.success(redirect, "teams.created", team.name());
            return "redirect:/admin/teams";
        }, () -> form(model, form, null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Team team = teams.find(id);
        return form(model, new TeamForm(team.name(), team.managerId(), team.memberIds(), team.version()), team);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, TeamForm form, Model model, RedirectAttributes redirect) {
        Team team = teams.find(id);
        return formErrors.saveVersioned(model, () -> {
            Team updated = teams.update(id, form.version() == null ? -1 : form.version(), form.name(),
                    form.managerId(), form.members());
            Flash.success(redirect, "teams.updated", updated.name());
            return "redirect:/admin/teams";
        }, () -> form(model, form, team));
    }

    /**
     * Active users to choose from, plus everyone already chosen, so that saving never drops a member who is
     * deactivated or beyond the first page of users.
     */
    private List<UserSummary> people(TeamForm form) {
        List<UserSummary> people = new java.util.ArrayList<>(users.pickable());
        java.util.Set<UUID> shown = new java.util.HashSet<>(people.stream().map(UserSummary::id).toList());
        java.util.List<UUID> chosen = new java.util.ArrayList<>(form.members());
        if (form.managerId() != null) {
            chosen.add(form.managerId());
        }
        for (UUID id : chosen) {
            if (shown.add(id)) {
                User u = users.find(id);
                people.add(new UserSummary(u.id(), u.email(), u.displayName(), u.nameKana(), u.level(), u.active(),
                        u.createdAt(), null));
            }
        }
        return people;
    }

    private String form(Model model, TeamForm form, Team team) {
        model.addAttribute("form", form);
        model.addAttribute("team", team);
        model.addAttribute("people", people(form));
        return "identity/team-form";
    }
}
