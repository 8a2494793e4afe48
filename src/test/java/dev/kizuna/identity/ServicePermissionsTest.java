package dev.kizuna.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;

import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.audit.AuditFilter;
import dev.kizuna.platform.audit.AuditTrail;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The facades refuse what a level may not do even when called without any controller in between. */
class ServicePermissionsTest extends ApiTestBase {

    @Autowired
    Users users;
    @Autowired
    Roles roles;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    UserDetailsService signInAccounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(PermissionLevel level) {
        var user = signInAccounts.loadUserByUsername(accounts.create(level).email());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @ParameterizedTest
    @EnumSource(value = PermissionLevel.class, names = {"MANAGER", "MEMBER", "VIEWER"})
    void onlyAdministratorsChangeUsersRolesAndReadTheAuditLog(PermissionLevel level) {
        signInAs(level);
        NewUser someone = new NewUser(unique("s") + "@test.example.jp", "佐藤 花", "", PermissionLevel.MEMBER, "ja",
                "Asia/Tokyo", List.of(), null);
        assertThatThrownBy(() -> users.create(someone)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.create(unique("役"), "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditTrail.find(AuditFilter.none(), PageQuery.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatNoException().isThrownBy(() -> users.list(UserFilter.all(), PageQuery.first(5)));
    }

    @org.junit.jupiter.api.Test
    void administratorsMay() {
        signInAs(PermissionLevel.ADMIN);
        assertThatNoException().isThrownBy(() -> roles.create(unique("役"), ""));
        assertThatNoException().isThrownBy(() -> auditTrail.find(AuditFilter.none(), PageQuery.first(10)));
    }

    @org.junit.jupiter.api.Test
    void nobodySignedInMayNotEvenRead() {
        assertThatThrownBy(() -> users.list(UserFilter.all(), PageQuery.first(5)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
