/**
 * Identity: who works in Kizuna and what they may do. Users and their permission levels (admin, manager,
 * member, viewer), job roles (担当) that tasks and playbooks are handed to, teams with a manager, API
 * tokens, sign-in and its throttling.
 * <p>
 * Public face: the facades {@link dev.kizuna.identity.Users}, {@link dev.kizuna.identity.Roles},
 * {@link dev.kizuna.identity.Teams}, {@link dev.kizuna.identity.ApiTokens}, their records and the events
 * {@link dev.kizuna.identity.UserCreated}, {@link dev.kizuna.identity.UserDeactivated},
 * {@link dev.kizuna.identity.PermissionLevelChanged}. Permission checks live on the facades.
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all).
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {})
package dev.kizuna.identity;

import org.springframework.modulith.ApplicationModule;
