package dev.kizuna.notifications;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /api/v1/notifications: my own notifications, unread first filter, paging, count and marking read. */
class NotificationsApiTest extends ApiTestBase {

    @Autowired
    Notifications notifications;

    @Test
    void eachPersonReadsAndClearsOnlyTheirOwn() throws Exception {
        TestAccounts.Account me = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account other = accounts.create(PermissionLevel.MEMBER);
        SystemActor.run(() -> {
            for (int i = 1; i <= 3; i++) {
                notifications.tell(me.id(), "test", "sales.notification.coaching", "メモ" + i, "/deals");
            }
            notifications.tell(other.id(), "test", "sales.notification.coaching", "他人宛て", "/deals");
        });
        String token = accounts.token(me);
        mvc.perform(get(token, "/api/v1/notifications/unread-count")).andExpect(jsonPath("$.unread").value(3));
        String page = mvc.perform(get(token, "/api/v1/notifications?limit=2").header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].message").value("コーチングメモ：メモ3"))
                .andExpect(jsonPath("$.nextCursor").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        String cursor = com.jayway.jsonpath.JsonPath.read(page, "$.nextCursor");
        mvc.perform(get(token, "/api/v1/notifications?limit=2&cursor=" + cursor))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].argument").value("メモ1"));
        String newest = com.jayway.jsonpath.JsonPath.read(page, "$.items[0].id");
        UUID othersId = jdbc.sql("select id from notification where user_id = ?").param(other.id()).query(UUID.class).single();
        mvc.perform(post(token, "/api/v1/notifications/read", "{\"ids\":[\"" + newest + "\",\"" + othersId + "\"]}"))
                .andExpect(jsonPath("$.marked").value(1));
        mvc.perform(get(token, "/api/v1/notifications?filter[unread]=true")).andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get(accounts.token(other), "/api/v1/notifications/unread-count")).andExpect(jsonPath("$.unread").value(1));
        mvc.perform(post(token, "/api/v1/notifications/read", "{\"all\":true}")).andExpect(jsonPath("$.marked").value(2));
        mvc.perform(get(token, "/api/v1/notifications/unread-count")).andExpect(jsonPath("$.unread").value(0));
    }
}
