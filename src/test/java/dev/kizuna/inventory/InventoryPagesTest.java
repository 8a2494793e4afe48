package dev.kizuna.inventory;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Every inventory page renders for a member; the movement form refuses a shipment beyond stock beside the field. */
class InventoryPagesTest extends InventoryFixture {

    @Test
    void everyPageRendersAndAShortShipmentIsRefusedOnTheForm() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        defaultLocation(admin);
        String[] leaflet = enclosureSku(admin, "同梱リーフレット");
        String[] sku = productSku(admin, product(admin, "薬用美白化粧水 120mL"), "薬用美白化粧水 120mL", leaflet[0], 1);
        move(admin, "receipt", sku[0], null, 10, null);
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        Cookie session = mvc.perform(formLogin("/login").user("email", member.email()).password(member.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        for (String path : new String[] {"/inventory", "/inventory?below=true&sort=name", "/inventory/skus/" + sku[0],
                "/inventory/takes", "/inventory/check", "/inventory/forecast?months=6", "/inventory/plans"}) {
            mvc.perform(MockMvcRequestBuilders.get(path).cookie(session)).andExpect(status().isOk());
        }
        mvc.perform(MockMvcRequestBuilders.post("/inventory/skus/" + sku[0] + "/movements").cookie(session)
                .with(csrf()).param("kind", "shipment").param("quantity", "12"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"form-errors\"")))
                .andExpect(content().string(containsString(sku[1])));
        mvc.perform(MockMvcRequestBuilders.post("/inventory/skus/" + sku[0] + "/movements").cookie(session)
                .with(csrf()).param("kind", "shipment").param("quantity", "4"))
                .andExpect(redirectedUrl("/inventory/skus/" + sku[0]));
        mvc.perform(MockMvcRequestBuilders.get("/inventory").param("sku", sku[1]).cookie(session))
                .andExpect(content().string(containsString(">6<")));
    }
}
