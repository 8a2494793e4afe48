package dev.kizuna.work;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.kizuna.identity.UserSummary;

/**
 * Finds who a comment @mentions (active users only): by full name ("@川村 彩", "@川村彩"), e-mail, furigana
 * ("@カワムラ アヤ", "@かわむら"), or surname alone ("@川村", "@カワムラ") when only one active person has it —
 * a surname two people share notifies neither, rather than the wrong one.
 */
final class Mentions {

    private Mentions() {
    }

    static List<UUID> find(String body, List<UserSummary> users) {
        if (body == null || !body.contains("@") && !body.contains("＠")) {
            return List.of();
        }
        String text = Normalizer.normalize(body, Normalizer.Form.NFKC);
        String katakana = toKatakana(text);
        Map<String, List<UUID>> surnames = new HashMap<>();
        for (UserSummary u : users) {
            if (u.active()) {
                for (String surname : surnames(u)) {
                    surnames.computeIfAbsent(surname, k -> new ArrayList<>()).add(u.id());
                }
            }
        }
        return users.stream().filter(UserSummary::active).filter(u -> {
            for (String name : fullNames(u)) {
                if (mentions(text, name) || mentions(katakana, name)) {
                    return true;
                }
            }
            return surnames(u).stream().filter(s -> surnames.get(s).stream().distinct().count() == 1)
                    .anyMatch(s -> mentions(text, s) || mentions(katakana, s));
        }).map(UserSummary::id).distinct().toList();
    }

    private static List<String> fullNames(UserSummary u) {
        var names = new ArrayList<String>();
        for (String name : new String[] {u.displayName(), u.nameKana()}) {
            if (name != null && !name.isBlank()) {
                String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC);
                names.add(n);
                names.add(n.replaceAll("\\s+", ""));
            }
        }
        if (u.email() != null) {
            names.add(u.email());
        }
        return names;
    }

    /** The first word of the name and of its furigana, when the name has a space between surname and given name. */
    private static List<String> surnames(UserSummary u) {
        var found = new ArrayList<String>();
        for (String name : new String[] {u.displayName(), u.nameKana()}) {
            if (name != null) {
                String[] words = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).split("\\s+");
                if (words.length > 1 && !words[0].isEmpty()) {
                    found.add(words[0]);
                }
            }
        }
        return found;
    }

    /** Hiragana as katakana, so "@なかの" finds ナカノ. */
    private static String toKatakana(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
        return out.toString();
    }

    /** "@name" followed by the end, a space or punctuation: "@川村彩" does not mention 川村彩子. */
    private static boolean mentions(String text, String name) {
        return Pattern.compile("@" + Pattern.quote(name) + "(?=$|[\\s、。，,.!?！？)）さ様])").matcher(text).find();
    }
}
