package dev.kizuna.cards;

import java.util.List;
import java.util.Optional;

import com.atilika.kuromoji.ipadic.Token;
import com.atilika.kuromoji.ipadic.Tokenizer;

/**
 * The katakana reading of a name written in kanji, suggested by Kuromoji's dictionary (IPADIC, which knows common
 * family and given names). A suggestion only: names have readings no dictionary knows, so the form asks for a check.
 */
final class Readings {

    private volatile Tokenizer tokenizer;

    /** 山田 太郎 → ヤマダ タロウ; empty when a part has no reading in the dictionary. */
    Optional<String> of(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.strip().split("[\\s\u3000]+")) {
            List<Token> tokens = tokenizer().tokenize(part);
            if (!out.isEmpty()) {
                out.append(' ');
            }
            for (Token token : tokens) {
                String reading = token.getReading();
                if (reading == null || "*".equals(reading)) {
                    if (CardText.isKatakana(token.getSurface()) || token.getSurface().codePoints()
                            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA)) {
                        reading = token.getSurface();
                    } else {
                        return Optional.empty();
                    }
                }
                out.append(reading);
            }
        }
        return Optional.of(out.toString());
    }

    private Tokenizer tokenizer() {
        Tokenizer t = tokenizer;
        if (t == null) {
            synchronized (this) {
                if (tokenizer == null) {
                    tokenizer = new Tokenizer();
                }
                t = tokenizer;
            }
        }
        return t;
    }
}
