package dev.kizuna.platform.input;

import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson's string and map-key readers with {@link TextRules} applied: every JSON string the application reads
 * into a {@code String} (record fields, lists, the values and keys of {@code customFields}) is checked. The
 * length limit applies to request bodies only (marked by {@link #REQUEST_BODY}); JSON the application stored
 * itself is read back as it is.
 */
final class CheckedText {

    /** Reader attribute set on request bodies. */
    static final String REQUEST_BODY = "kizuna.requestBody";

    private CheckedText() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("kizuna-text-rules");
        module.addDeserializer(String.class, new Values());
        module.addKeyDeserializer(String.class, new Keys());
        return module;
    }

    static final class Values extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            boolean request = Boolean.TRUE.equals(ctxt.getAttribute(REQUEST_BODY));
            String rule = TextRules.violation(value, request ? TextRules.MAX_TEXT : Integer.MAX_VALUE);
            if (rule != null) {
                throw new InvalidTextException(p, rule,
                        TextRules.SIZE.equals(rule) ? List.of(TextRules.MAX_TEXT) : List.of());
            }
            return value;
        }
    }

    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            String rule = TextRules.nameViolation(key);
            if (rule != null) {
                throw new InvalidTextException(ctxt.getParser(), rule,
                        TextRules.SIZE.equals(rule) ? List.of(TextRules.MAX_NAME) : List.of());
            }
            return key;
        }
    }
}
