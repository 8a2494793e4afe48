package dev.kizuna.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The request each kind of webhook sends: Chatwork's room API (form body, token header), Slack's JSON text. */
class WebhookRequestsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void chatworkPostsTheTextAsAFormToTheRoomWithTheToken() {
        Webhook hook = new Webhook(UUID.randomUUID(), "制作部", "chatwork", UUID.randomUUID(), null, "", "123456",
                "tok-abc", true, 0, Instant.now());
        HttpRequest request = WebhookRequests.build(hook, delivery("【倉庫】タスク追加：原稿 & 校正"),
                "https://api.chatwork.com/v2/", JSON);
        assertThat(request.uri().toString()).isEqualTo("https://api.chatwork.com/v2/rooms/123456/messages");
        assertThat(request.headers().firstValue("X-ChatWorkToken")).hasValue("tok-abc");
        assertThat(body(request)).isEqualTo("body=" + java.net.URLEncoder.encode("【倉庫】タスク追加：原稿 & 校正",
                StandardCharsets.UTF_8));
    }

    @Test
    void slackPostsJsonText() {
        Webhook hook = new Webhook(UUID.randomUUID(), "通知", "slack", UUID.randomUUID(), null,
                "https://hooks.slack.com/services/T0/B0/XYZ", "", "", true, 0, Instant.now());
        HttpRequest request = WebhookRequests.build(hook, delivery("こんにちは \"Kizuna\""), "unused", JSON);
        assertThat(request.uri().toString()).isEqualTo("https://hooks.slack.com/services/T0/B0/XYZ");
        assertThat(body(request)).isEqualTo("{\"text\":\"こんにちは \\\"Kizuna\\\"\"}");
    }

    private static Delivery delivery(String text) {
        return new Delivery(UUID.randomUUID(), UUID.randomUUID(), "task.created", text, "{}", "pending", 0,
                Instant.now(), null, "", Instant.now(), null);
    }

    private static String body(HttpRequest request) {
        StringBuilder out = new StringBuilder();
        request.bodyPublisher().orElseThrow().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                out.append(StandardCharsets.UTF_8.decode(item));
            }

            @Override
            public void onError(Throwable t) {
                throw new IllegalStateException(t);
            }

            @Override
            public void onComplete() {
            }
        });
        return out.toString();
    }
}
