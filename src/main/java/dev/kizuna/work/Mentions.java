package dev.kizuna.work;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.UserSummary;

/** Finds who a comment @mentions: "@川村 彩", "@川村彩" or "@kawamura@example.jp" (active users only). */
final class Mentions {

    private Mentions() {
    }

    static List<UUID> find(String body, List<UserSummary> users) {
        if (body == null || !body.contains("@") && !body.contains("＠")) {
            return List.of();
        }
        String text = body.replace('＠', '@');
        return users.stream().filter(UserSummary::active).filter(u -> {
            String name = u.displayName();
            return text.contains("@" + name) || text.contains("@" + name.replace(" ", "").replace("　", ""))
                    || text.contains("@" + u.email());
        }).map(UserSummary::id).distinct().toList();
    }
}
