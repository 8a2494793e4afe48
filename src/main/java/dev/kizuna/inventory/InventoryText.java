package dev.kizuna.inventory;

/** Typed text as kept: trimmed, null as empty. */
final class InventoryText {

    private InventoryText() {
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
