package dev.kizuna.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A word no other test's record contains, for tests that search the shared test database. Ten random lowercase
 * letters: 26^10 choices. (A UUID's first six characters with the digits replaced by one letter is mostly that letter,
 * and two test runs once drew the same tag: ContactListPageTest found its contact twice.)
 */
public final class SearchTags {

    private SearchTags() {
    }

    public static String next() {
        var random = ThreadLocalRandom.current();
        var tag = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return tag.toString();
    }
}
