package dev.kizuna.identity.web;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.NewUser;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.identity.User;
import dev.kizuna.identity.UserChanges;

/** The user form as typed; kept as typed when a rule is broken so nothing has to be retyped. */
record UserForm(String email, String displayName, String nameKana, PermissionLevel level, String locale,
        String timeZone, List<UUID> roleIds, Long version) {

    static UserForm blank() {
        return new UserForm("", "", "", PermissionLevel.MEMBER, "ja", "Asia/Tokyo", List.of(), null);
    }

    static UserForm of(User user) {
        return new UserForm(user.email(), user.displayName(), user.nameKana(), user.level(), user.locale(),
                user.timeZone(), user.roleIds(), user.version());
    }

    public List<UUID> roleIdsOrEmpty() {
        return roleIds == null ? List.of() : roleIds;
    }

    NewUser toNewUser() {
        return new NewUser(email, displayName, nameKana, level, locale, timeZone, roleIdsOrEmpty(), null);
    }

    UserChanges toChanges() {
        return new UserChanges(email, displayName, nameKana, level, locale, timeZone, roleIdsOrEmpty());
    }
}
