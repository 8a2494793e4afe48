package dev.kizuna.work.web;

import java.util.List;
import java.util.Map;

import dev.kizuna.identity.Users;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The names a comment box offers after "@" (every active user, not the pickers' first page): the script on the task
 * page filters them by name or furigana as one types and writes the full name, which {@code Mentions} matches.
 */
@Controller
class MentionNamesController {

    private final Users users;

    MentionNamesController(Users users) {
        this.users = users;
    }

    @GetMapping(path = "/tasks/mention-names", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Map<String, String>> names() {
        return users.all(true).stream()
                .map(u -> Map.of("name", u.displayName(), "kana", u.nameKana() == null ? "" : u.nameKana()))
                .toList();
    }
}
