package dev.kizuna.voice;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a postcard's read text may name its sender, as search words for the intake's customer finder: phone numbers
 * (10 or 11 digits, written with hyphens, spaces or none), the address up to its first number (prefecture, city and
 * town: the finder compares addresses without their numbers), and short lines that look like a name (Japanese only,
 * 2–10 characters, with 様 or より dropped). At most {@link #MAX} words, phone numbers first. A phone number weighs
 * most (it is nearly one customer's), then the address, then a name.
 */
final class LetterClues {

    /** A search word and how much a customer found by it counts. */
    record Clue(String word, int weight) {
    }

    static final int MAX = 12;
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])0[0-9]{1,4}[-‐ー−一 ]?[0-9]{1,4}[-‐ー−一 ]?[0-9]{3,4}(?![0-9])");
    private static final Pattern ADDRESS = Pattern.compile(
            "(東京都|北海道|京都府|大阪府|[\\p{IsHan}]{2,3}県)[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々ヶケ]{2,30}");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々・]{2,10}");

    private LetterClues() {
    }

    static List<Clue> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        java.util.Map<String, Integer> words = new java.util.LinkedHashMap<>();
        Matcher phone = PHONE.matcher(t);
        while (phone.find()) {
            String digits = phone.group().replaceAll("[^0-9]", "");
            if (digits.length() == 10 || digits.length() == 11) {
                words.putIfAbsent(digits, 3);
            }
        }
        Matcher address = ADDRESS.matcher(t.replaceAll("[ \\u3000]", ""));
        while (address.find()) {
            words.putIfAbsent(address.group(), 2);
        }
        for (String line : t.split("\n")) {
            String name = line.replaceAll("[ \\u3000]", "").replaceFirst("(様|さま|より)$", "");
            if (NAME.matcher(name).matches() && !ADDRESS.matcher(name).find()) {
                words.putIfAbsent(name, 1);
            }
        }
        return words.entrySet().stream().limit(MAX).map(e -> new Clue(e.getKey(), e.getValue())).toList();
    }
}
