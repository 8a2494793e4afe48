package dev.kizuna.customers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The saved-views bar is one fragment (fragments/views-bar) on the customer list and the deal list: each list's own
 * links, save and delete addresses, and the export button on the customer list only.
 */
class SavedViewsBarTest extends ApiTestBase {

    @Test
    void theCustomerListsBarLinksItsOwnViewsAndExports() throws Exception {
        Cookie session = signInAsManager();
        UUID view = save(session, "/customers/views", "company", "q=株式会社");

        mvc.perform(MockMvcRequestBuilders.get(viewed(session, "/customers", view)).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/customers?view=" + view + "\"")))
                .andExpect(content().string(containsString("action=\"/customers/views\"")))
                .andExpect(content().string(containsString("action=\"/customers/views/" + view + "/delete\"")))
                .andExpect(content().string(containsString("data-testid=\"export-list\"")));
    }

    @Test
    void theDealListsBarLinksItsOwnViewsWithoutExport() throws Exception {
        Cookie session = signInAsManager();
        UUID view = save(session, "/deals/views", "deal", "filter[stalled]=true");

        mvc.perform(MockMvcRequestBuilders.get(viewed(session, "/deals/list", view)).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/deals/list?view=" + view + "\"")))
                .andExpect(content().string(containsString("action=\"/deals/views\"")))
                .andExpect(content().string(containsString("action=\"/deals/views/" + view + "/delete\"")))
                .andExpect(content().string(not(containsString("data-testid=\"export-list\""))));
    }

    /** Opening a view redirects to the list with the view's query; this is where it lands. */
    private String viewed(Cookie session, String list, UUID view) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(list).param("view", view.toString()).cookie(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private Cookie signInAsManager() throws Exception {
        var manager = accounts.create(PermissionLevel.MANAGER);
        return mvc.perform(formLogin("/login").user("email", manager.email()).password(manager.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    private UUID save(Cookie session, String path, String objectType, String query) throws Exception {
        String name = unique("表示");
        mvc.perform(MockMvcRequestBuilders.post(path).cookie(session).with(csrf()).param("name", name)
                .param("query", query).param("shared", "true"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from list_view where name = ? and object_type = ?").params(name, objectType)
                .query(UUID.class).single();
    }
}
