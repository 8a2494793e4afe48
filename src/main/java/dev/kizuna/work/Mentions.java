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
            return mentions(text, name) || mentions(text, name.replace(" ", "").replace("　", ""))
                    || mentions(text, u.email());
        }).map(UserSummary::id).distinct().toList();
    }

    /** "@name" followed by the end, a space or punctuation: "@川村彩" does not mention 川村彩子. */
    private static boolean mentions(String text, String name) {
        return java.util.regex.Pattern.compile("@" + java.util.regex.Pattern.quote(name) + "(?=$|[\\s、。，,.!?！？)）])")
                .matcher(text).find();
    }
}
