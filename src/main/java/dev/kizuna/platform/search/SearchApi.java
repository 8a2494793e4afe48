package dev.kizuna.platform.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search?q=}: the header search through the API. */
@RestController
@Tag(name = "Search")
class SearchApi {

    private final GlobalSearch search;

    SearchApi(GlobalSearch search) {
        this.search = search;
    }

    record SearchJson(String q, List<SearchGroup> groups) {
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Customers, contacts (name, furigana, phone, e-mail), deals, quote and order numbers, tasks "
            + "and playbooks matching q, grouped by kind (the group with the best match first), best match first; folded "
            + "like the customer search: half-width and full-width, katakana and hiragana, and 株式会社/(株)/㈱ alike. "
            + "limit: hits per kind (1–20, default 5)")
    SearchJson search(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "" + GlobalSearch.DEFAULT_PER_KIND) int limit) {
        return new SearchJson(q, search.search(q, limit));
    }
}
