package dev.kizuna.voice;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding who sent a postcard at intake: by name, reading, phone or address (any width, kana or hyphens). */
@Service
@Transactional(readOnly = true)
public class LetterSenders {

    /** A customer the intake form offers. */
    public record Sender(java.util.UUID id, String name, String nameKana, String address, String phone) {
    }

    private final LetterDeskRepository desk;

    LetterSenders(LetterDeskRepository desk) {
        this.desk = desk;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Sender> find(String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return List.of();
        }
        return desk.findSenders(text, 20);
    }

    /**
     * The customers a postcard's read text points at: each clue ({@link LetterClues}: phone numbers, the address,
     * name-like lines) looked up as the intake's finder does, the customers with the weightiest clues first (a phone
     * number over an address over a name; then in reading order), at most {@code 5}.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Sender> suggest(String readText) {
        java.util.Map<java.util.UUID, Sender> found = new java.util.LinkedHashMap<>();
        java.util.Map<java.util.UUID, Integer> clues = new java.util.HashMap<>();
        for (LetterClues.Clue clue : LetterClues.of(readText)) {
            for (Sender s : desk.findSenders(clue.word(), 20)) {
                found.putIfAbsent(s.id(), s);
                clues.merge(s.id(), clue.weight(), Integer::sum);
            }
        }
        return found.values().stream().sorted(java.util.Comparator.comparing((Sender s) -> -clues.get(s.id()))
                .thenComparing(s -> s.nameKana() == null ? "" : s.nameKana())).limit(5).toList();
    }
}
