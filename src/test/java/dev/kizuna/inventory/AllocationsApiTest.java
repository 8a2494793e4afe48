package dev.kizuna.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Allocations: stock held for a marketing campaign (linked by the campaign's id, named after it) makes available =
 * on hand − allocated; more than is available, or a campaign marketing does not know, is refused naming the field;
 * releasing gives the stock back; audited.
 */
class AllocationsApiTest extends InventoryFixture {

    @Test
    void aCampaignAllocationLowersAvailableUntilReleased() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String member = tokenFor(PermissionLevel.MEMBER);
        defaultLocation(admin);
        String[] sku = productSku(admin, product(admin, "集中美容液 30mL"), "集中美容液 30mL", null, 0);
        move(member, "receipt", sku[0], null, 100, null);
        String template = JsonPath.read(ok(post(member, "/api/v1/email-templates", "{\"name\":\"" + unique("冬")
                + "\",\"subject\":\"冬のご案内\",\"bodyText\":\"{{氏名}}様\"}"), 201), "$.id");
        String segment = JsonPath.read(ok(post(member, "/api/v1/segments", "{\"name\":\"" + unique("F2")
                + "\",\"conditions\":[{\"field\":\"fStage\",\"op\":\"gte\",\"value\":2}]}"), 201), "$.id");
        String name = unique("冬の美容液キャンペーン");
        String campaign = JsonPath.read(ok(post(member, "/api/v1/campaigns", "{\"name\":\"" + name
                + "\",\"templateId\":\"" + template + "\",\"segmentId\":\"" + segment + "\"}"), 201), "$.id");
        LocalDate until = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30);

        String allocation = ok(post(member, "/api/v1/allocations", "{\"skuId\":\"" + sku[0] + "\",\"purpose\":\"campaign\","
                + "\"campaignId\":\"" + campaign + "\",\"quantity\":30,\"untilOn\":\"" + until + "\"}"), 201);
        assertThat(JsonPath.<String>read(allocation, "$.label")).isEqualTo(name);
        assertThat(stockOf(member, sku[1])).containsEntry("onHand", 100).containsEntry("allocated", 30)
                .containsEntry("available", 70);

        MockHttpServletResponse over = call(post(member, "/api/v1/allocations", "{\"skuId\":\"" + sku[0]
                + "\",\"purpose\":\"campaign\",\"campaignId\":\"" + campaign + "\",\"quantity\":71,\"untilOn\":\""
                + until + "\"}"));
        assertThat(over.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(over.getContentAsString(), "$.errors[0].message"))
                .isEqualTo("Only 70 of " + sku[1] + " are available to allocate.");
        MockHttpServletResponse unknown = call(post(member, "/api/v1/allocations", "{\"skuId\":\"" + sku[0]
                + "\",\"purpose\":\"campaign\",\"campaignId\":\"" + UUID.randomUUID() + "\",\"label\":\"x\","
                + "\"quantity\":1,\"untilOn\":\"" + until + "\"}"));
        assertThat(JsonPath.<String>read(unknown.getContentAsString(), "$.errors[0].field")).isEqualTo("campaignId");

        String id = JsonPath.read(allocation, "$.id");
        assertThat(JsonPath.<java.util.List<String>>read(ok(get(member, "/api/v1/allocations")
                .param("filter[campaignId]", campaign), 200), "$.items[*].id")).containsExactly(id);
        ok(post(member, "/api/v1/allocations/{id}/release", "{\"version\":0}", id), 200);
        assertThat(stockOf(member, sku[1])).containsEntry("allocated", 0).containsEntry("available", 100);
        assertThat(jdbc.sql("select count(*) from audit_event where object_id = ? and action like 'stockAllocation.%'")
                .param(id).query(Long.class).single()).isEqualTo(2);
    }
}
