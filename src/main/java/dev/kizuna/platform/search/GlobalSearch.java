package dev.kizuna.platform.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.kizuna.platform.api.Check;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one search box in the header: asks every module's {@link SearchSource} and groups what they find by kind, the
 * group with the best match first, best match first within each.
 */
@Service
public class GlobalSearch {

    public static final int MAX_QUERY = 100;
    public static final int DEFAULT_PER_KIND = 5;
    public static final int MAX_PER_KIND = 20;

    private final List<SearchSource> sources;
    private final MessageSource messages;

    GlobalSearch(List<SearchSource> sources, MessageSource messages) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
        this.messages = messages;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SearchGroup> search(String typed, int perKind) {
        Check.of().maxLength("q", typed, MAX_QUERY)
                .failIf(perKind < 1 || perKind > MAX_PER_KIND, "limit", "Range", 1, MAX_PER_KIND).verify();
        SearchText text = SearchText.of(typed);
        if (text.isEmpty()) {
            return List.of();
        }
        List<SearchGroup> groups = new ArrayList<>();
        for (SearchSource source : sources) {
            List<SearchHit> hits = source.search(text, perKind).stream()
                    .sorted(Comparator.comparingInt(SearchHit::rank)).toList();
            if (!hits.isEmpty()) {
                groups.add(new SearchGroup(source.kind(), messages.getMessage("search.kind." + source.kind(), null,
                        source.kind(), LocaleContextHolder.getLocale()), hits));
            }
        }
        // stable: equally good groups keep the sources' order
        groups.sort(Comparator.comparingInt(g -> g.items().getFirst().rank()));
        return groups;
    }
}
