package dev.kizuna.work;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.commerce.OrderPlaced;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Playbooks start when an order is placed, and when the customer field they watch changes (not on other fields). */
class PlaybookTriggersTest extends ApiTestBase {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    dev.kizuna.commerce.Orders orders;

    private String manager;
    private String board;
    private String tag;

    @BeforeEach
    void fixture() throws Exception {
        manager = tokenFor(PermissionLevel.MANAGER);
        board = unique("【倉庫】受注アイテム登録");
        tag = unique("トリガー");
        mvc.perform(post(manager, "/api/v1/boards", "{\"name\":\"" + board + "\"}")).andExpect(status().isCreated());
    }

    @AfterEach
    void switchOff() {
        jdbc.sql("update playbook set active = false where name like ?").param("%" + tag + "%").update();
    }

    private UUID playbook(String trigger, String type) throws Exception {
        return UUID.fromString(JsonPath.read(mvc.perform(post(manager, "/api/v1/playbooks", "{\"name\":\"" + trigger + " "
                + tag + "\",\"trigger\":\"" + trigger + "\"" + (type == null ? "" : ",\"triggerType\":\"" + type + "\"")
                + ",\"steps\":[{\"kind\":\"task\",\"title\":\"アイテム登録\",\"board\":\"" + board + "\"}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id"));
    }

    private String company() throws Exception {
        return JsonPath.read(mvc.perform(post(manager, "/api/v1/companies", "{\"name\":\"" + unique("株式会社白石紙業")
                + "\",\"nameKana\":\"シライシ\",\"industry\":\"製紙業\"}")).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private long runs(UUID playbook, String company) {
        return jdbc.sql("select count(*) from playbook_run where playbook_id = ? and company_id = ?")
                .params(playbook, UUID.fromString(company)).query(Long.class).single();
    }

    @Test
    void anOrderPlacedStartsIt() throws Exception {
        UUID p = playbook("order_placed", null);
        String company = company();
        accounts.signInForService(accounts.create(PermissionLevel.MANAGER));
        dev.kizuna.commerce.Order order = orders.importHistory(new dev.kizuna.commerce.OrderHistory(UUID.fromString(company),
                null, null, "名刺 100枚", LocalDate.of(2026, 11, 24), 100_000L, 10, null, null, null));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        tx.executeWithoutResult(s -> events.publishEvent(new OrderPlaced(order.id(), null,
                UUID.fromString(company), null, 110_000, LocalDate.of(2026, 11, 24))));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> runs(p, company) == 1);
        // The run is about that order, and so is the task it put on the board.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from task where company_id = ? and order_id = ?").params(UUID.fromString(company), order.id())
                .query(Long.class).single() == 1);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select order_id from playbook_run where playbook_id = ?")
                .param(p).query(UUID.class).single()).isEqualTo(order.id());
    }

    @Test
    void theWatchedFieldChangingStartsItOtherFieldsDoNot() throws Exception {
        java.time.Instant started = java.time.Instant.now();
        UUID p = playbook("field_changed", "industry");
        mvc.perform(post(manager, "/api/v1/playbooks", "{\"name\":\"壊れ " + tag + "\",\"trigger\":\"field_changed\","
                + "\"steps\":[{\"kind\":\"goto\",\"then\":1}]}")).andExpect(status().isUnprocessableContent());
        String company = company();
        mvc.perform(patch(manager, "/api/v1/companies/{id}", "{\"version\":0,\"city\":\"富士市\"}", company))
                .andExpect(status().isOk());
        mvc.perform(patch(manager, "/api/v1/companies/{id}", "{\"version\":1,\"industry\":\"印刷業\"}", company))
                .andExpect(status().isOk());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> runs(p, company) == 1);
        dev.kizuna.support.EventListenersDone.since(jdbc, started); // the city change's event too: it started nothing
        org.assertj.core.api.Assertions.assertThat(runs(p, company)).isEqualTo(1);
    }
}
