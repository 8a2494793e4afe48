package dev.kizuna.sales;

import java.util.UUID;

import dev.kizuna.identity.Roles;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who coaches (seed 004: the best rep reviews everyone's deals each day): managers, and the holders of the job role an
 * administrator names as the coaching role. Used in security expressions as {@code @coaching.isCoach()}.
 */
@Service("coaching")
@Transactional(readOnly = true)
public class Coaching {

    private final SalesSettingRepository settings;
    private final Users users;
    private final Roles roles;
    private final AuditLog audit;

    Coaching(SalesSettingRepository settings, Users users, Roles roles, AuditLog audit) {
        this.settings = settings;
        this.users = users;
        this.roles = roles;
        this.audit = audit;
    }

    /** The job role whose holders coach, if an administrator named one. */
    public UUID coachRoleId() {
        return settings.coachRoleId();
    }

    /** Names the coaching role (null: only managers coach). Administrators; audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setCoachRole(UUID roleId) {
        if (roleId != null) {
            try {
                roles.find(roleId);
            } catch (NotFoundException e) {
                throw new RuleViolationException(FieldProblem.of("coachRoleId", "UnknownRole"));
            }
        }
        UUID before = coachRoleId();
        settings.setCoachRole(roleId, CurrentActor.idOrNull());
        audit.record("sales_setting.coach_role", "sales_setting", 1, before, roleId);
    }

    /** Whether the person signed in may use the coaching view and the forecast: a manager, or a coach. */
    public boolean isCoach() {
        if (CurrentActor.hasRole("MANAGER")) {
            return true;
        }
        UUID role = coachRoleId();
        UUID actor = CurrentActor.idOrNull();
        return role != null && actor != null && users.find(actor).roleIds().contains(role);
    }
}
