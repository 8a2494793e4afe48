package dev.kizuna.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.identity.Role;
import dev.kizuna.identity.Roles;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A SKU falling to or below its reorder point tells the holders of 在庫担当 once per crossing: crossing once gives one
 * notification; further movements while it stays there give none; restocked above the point and falling again gives
 * a second. Allocations count (available = on hand − allocated).
 */
class ReorderAlertsTest extends InventoryFixture {

    @Autowired
    Roles roles;

    String manager;
    String member;
    TestAccounts.Account keeper;
    TestAccounts.Account otherManager;
    String[] sku;

    @BeforeEach
    void aSkuWithAReorderPointAndItsKeeper() throws Exception {
        manager = tokenFor(PermissionLevel.ADMIN);
        member = tokenFor(PermissionLevel.MEMBER);
        defaultLocation(manager);
        UUID role = SystemActor.call(() -> roles.list(false).stream()
                .filter(r -> ReorderAlerts.ROLE.equals(r.name())).map(Role::id).findFirst()
                .orElseGet(() -> roles.create(ReorderAlerts.ROLE, "在庫の発注点割れを受け取る").id()));
        keeper = accounts.create(PermissionLevel.MEMBER);
        jdbc.sql("insert into user_job_role (user_id, role_id) values (?, ?)").params(keeper.id(), role).update();
        otherManager = accounts.create(PermissionLevel.MANAGER);
        String code = unique("RP");
        String id = com.jayway.jsonpath.JsonPath.read(ok(post(manager, "/api/v1/skus", "{\"sku\":\"" + code
                + "\",\"name\":\"同梱サンプル 美容液 2mL\",\"kind\":\"enclosure\",\"reorderPoint\":10}"), 201), "$.id");
        sku = new String[] {id, code};
    }

    @Test
    void crossingOnceTellsOnceStayingBelowTellsNothingMoreAndCrossingAgainTellsAgain() throws Exception {
        assertThat(move(member, "receipt", sku[0], null, 15, null).getStatus()).isEqualTo(201);
        assertThat(told(keeper)).as("15 available, point 10: above").isZero();

        assertThat(move(member, "shipment", sku[0], null, 5, null).getStatus()).isEqualTo(201);
        assertThat(told(keeper)).as("falls to 10: crosses").isEqualTo(1);

        assertThat(move(member, "shipment", sku[0], null, 2, null).getStatus()).isEqualTo(201);
        assertThat(move(member, "adjustment", sku[0], null, -1, "破損").getStatus()).isEqualTo(201);
        assertThat(told(keeper)).as("stays below: no second").isEqualTo(1);

        assertThat(move(member, "receipt", sku[0], null, 20, null).getStatus()).isEqualTo(201);
        assertThat(told(keeper)).as("restocked to 27: nothing said").isEqualTo(1);

        // Holding back 20 for the subscriptions is a fall too: 27 on hand, 7 available.
        assertThat(call(post(member, "/api/v1/allocations", "{\"skuId\":\"" + sku[0] + "\",\"purpose\":\"subscriptions\","
                + "\"label\":\"定期便 1月分\",\"quantity\":20,\"untilOn\":\""
                + java.time.LocalDate.now(Stock.TOKYO).plusDays(30) + "\"}")).getStatus()).isEqualTo(201);
        assertThat(told(keeper)).as("crosses again: a second").isEqualTo(2);

        assertThat(told(otherManager)).as("the managers only hear when nobody holds 在庫担当").isZero();
        String href = jdbc.sql("select href from notification where user_id = ? and kind = 'stock-reorder'"
                + " and argument like ? limit 1").params(keeper.id(), sku[1] + " %").query(String.class).single();
        assertThat(href).isEqualTo("/inventory/skus/" + sku[0]);
    }

    @Test
    void aRefusedShipmentTellsNobody() throws Exception {
        assertThat(move(member, "receipt", sku[0], null, 12, null).getStatus()).isEqualTo(201);
        assertThat(move(member, "shipment", sku[0], null, 13, null).getStatus()).isEqualTo(422);
        assertThat(told(keeper)).isZero();
    }

    private long told(TestAccounts.Account who) {
        return jdbc.sql("select count(*) from notification where user_id = ? and kind = 'stock-reorder'"
                + " and argument like ?").params(who.id(), sku[1] + " %").query(Long.class).single();
    }
}
