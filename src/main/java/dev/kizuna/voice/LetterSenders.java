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
}
