package dev.kizuna.browser;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The few records the sweep makes so that pages that show one (a customer, a deal, a task) have a link to follow
 * even when it runs alone: a customer with a contact and a call, a deal in a two-language pipeline, a task on a board.
 */
final class SweepRecords {

    interface Api {
        String post(String token, String path, String json) throws Exception;
    }

    private final Api api;
    private final Api send;
    private final JdbcClient jdbc;

    /** {@code api} expects 201 Created; {@code send} any success (an action that answers 200). */
    SweepRecords(Api api, Api send, JdbcClient jdbc) {
        this.api = api;
        this.send = send;
        this.jdbc = jdbc;
    }

    /** Makes the records; returns the addresses of pages whose key is not stored as such (route → path). */
    Map<String, String> make(TestAccounts accounts) throws Exception {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String token = accounts.token(admin);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String pipeline = JsonPath.read(api.post(token, "/api/v1/pipelines", "{\"name\":\"見回り営業" + tag
                + "\",\"nameEn\":\"Sweep sales " + tag + "\",\"stages\":[{\"name\":\"ヒアリング\",\"nameEn\":\"Hearing\","
                + "\"kind\":\"open\",\"winProbability\":30},{\"name\":\"受注\",\"nameEn\":\"Won\",\"kind\":\"won\","
                + "\"winProbability\":100},{\"name\":\"失注\",\"nameEn\":\"Lost\",\"kind\":\"lost\",\"winProbability\":0}]}"),
                "$.id");
        String company = JsonPath.read(api.post(token, "/api/v1/companies", "{\"name\":\"株式会社見回り商事" + tag
                + "\",\"nameKana\":\"ミマワリショウジ\",\"status\":\"customer\",\"emailOptIn\":true,"
                + "\"phone\":\"03-5555-0199\",\"website\":\"https://mimawari.example.jp\",\"representative\":\"見回 太郎\","
                + "\"prefecture\":\"東京都\",\"city\":\"千代田区\",\"street\":\"丸の内1-1-1\",\"ownerId\":\"" + admin.id() + "\"}"), "$.id");
        String contact = JsonPath.read(api.post(token, "/api/v1/contacts", "{\"companyId\":\"" + company
                + "\",\"name\":\"山田 花子\",\"phone\":\"03-5555-0198\",\"email\":\"hanako-" + tag + "@mimawari.example\"}"), "$.id");
        String channel = jdbc.sql("select id::text from activity_option where kind = 'channel' and name = '電話'")
                .query(String.class).single();
        String type = jdbc.sql("select id::text from activity_option where kind = 'type' and name = 'その他'")
                .query(String.class).single();
        api.post(token, "/api/v1/activities", "{\"companyId\":\"" + company + "\",\"channelId\":\"" + channel
                + "\",\"typeId\":\"" + type + "\",\"outcome\":\"reached\",\"details\":\"定例の電話\"}");
        api.post(token, "/api/v1/deals", "{\"name\":\"名刺の年間契約" + tag + "\",\"companyId\":\"" + company
                + "\",\"pipelineId\":\"" + pipeline + "\",\"amount\":120000}");
        String board = JsonPath.read(api.post(token, "/api/v1/boards", "{\"name\":\"見回りの板" + tag + "\"}"), "$.id");
        api.post(token, "/api/v1/tasks", "{\"boardId\":\"" + board + "\",\"title\":\"導入の電話\",\"checklist\":[\"日程を決める\"]}");
        // A survey sent to the contact: its answer page is known only by the link in the mail.
        String survey = JsonPath.read(api.post(token, "/api/v1/surveys", "{\"title\":\"ご利用後アンケート\",\"language\":\"ja\","
                + "\"questions\":[{\"kind\":\"nps\",\"label\":\"友人にすすめたいですか\"},{\"kind\":\"text\","
                + "\"label\":\"ご意見\",\"required\":false}]}"), "$.id");
        String link = JsonPath.<List<String>>read(send.post(token, "/api/v1/surveys/" + survey + "/send",
                "{\"contactIds\":[\"" + contact + "\"]}"), "$.sent[*].link").getFirst();
        return Map.of("/s/{token}", link.substring(link.indexOf("/s/")));
    }
}
