package dev.kizuna.platform.search;

import dev.kizuna.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The header search: a page of results, or (htmx, as one types) the drop-down under the box. */
@Controller
class SearchController {

    private final GlobalSearch globalSearch;

    SearchController(GlobalSearch globalSearch) {
        this.globalSearch = globalSearch;
    }

    /** {@code search} is the header box's name ({@code q} is taken by the lists' own search boxes); {@code q} works too. */
    @GetMapping("/search")
    String search(@RequestParam(required = false) String search, @RequestParam(required = false) String q,
            HttpServletRequest request, Model model) {
        q = q != null ? q : search == null ? "" : search;
        boolean dropDown = Htmx.isHtmx(request);
        model.addAttribute("q", q);
        model.addAttribute("groups", globalSearch.search(q, dropDown ? GlobalSearch.DEFAULT_PER_KIND : GlobalSearch.MAX_PER_KIND));
        return dropDown ? "platform/search :: results" : "platform/search";
    }
}
