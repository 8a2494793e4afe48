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

    private final GlobalSearch search;

    SearchController(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, HttpServletRequest request, Model model) {
        boolean dropDown = Htmx.isHtmx(request);
        model.addAttribute("q", q);
        model.addAttribute("groups", search.search(q, dropDown ? GlobalSearch.DEFAULT_PER_KIND : GlobalSearch.MAX_PER_KIND));
        return dropDown ? "platform/search :: results" : "platform/search";
    }
}
