package dev.kizuna.platform.search;

import java.util.List;

/**
 * A kind of record the header search finds. Each module registers its own as a bean (customers: companies and
 * contacts; sales: deals; commerce: quotes and orders; work: tasks and playbooks) and reads through its own
 * repository, with an index for the query. Return only what the signed-in user may see, best match first.
 */
public interface SearchSource {

    /** The kind of the hits, e.g. {@code contact}; the group's heading is the message {@code search.kind.<kind>}. */
    String kind();

    /** Position of the group when matches are equally good: lower first. */
    int order();

    List<SearchHit> search(SearchText text, int limit);

    /** A source from a kind, its order and a query (usually a repository's method). */
    static SearchSource of(String kind, int order, java.util.function.BiFunction<SearchText, Integer, List<SearchHit>> find) {
        return new SearchSource() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public List<SearchHit> search(SearchText text, int limit) {
                return find.apply(text, limit);
            }
        };
    }
}
