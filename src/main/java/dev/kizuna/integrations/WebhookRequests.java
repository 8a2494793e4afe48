package dev.kizuna.integrations;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP request each kind of webhook wants:
 * <ul>
 * <li>Chatwork: {@code POST {api}/rooms/{room}/messages}, header {@code X-ChatWorkToken}, form field {@code body}
 * (Chatwork API v2);</li>
 * <li>Slack: {@code POST} to the incoming-webhook URL, JSON {@code {"text": …}};</li>
 * <li>https: {@code POST} JSON {@code {"event", "text", "data", "deliveryId"}}, with {@code X-Kizuna-Event},
 * {@code X-Kizuna-Delivery} and, when a secret is set, {@code X-Kizuna-Signature: sha256=<hex HMAC-SHA256 of the
 * body>}.</li>
 * </ul>
 */
final class WebhookRequests {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private WebhookRequests() {
    }

    static HttpRequest build(Webhook hook, Delivery delivery, String chatworkApi, JsonMapper json) {
        return switch (hook.kind()) {
            case "chatwork" -> HttpRequest.newBuilder(URI.create(chatworkApi.replaceAll("/+$", "") + "/rooms/"
                            + URLEncoder.encode(hook.roomId(), StandardCharsets.UTF_8) + "/messages"))
                    .timeout(TIMEOUT).header("X-ChatWorkToken", hook.token())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("body=" + URLEncoder.encode(delivery.text(),
                            StandardCharsets.UTF_8)))
                    .build();
            case "slack" -> HttpRequest.newBuilder(URI.create(hook.url())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("text", delivery.text()))))
                    .build();
            default -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("event", delivery.event());
                body.put("text", delivery.text());
                body.put("data", json.readTree(delivery.payload()));
                body.put("deliveryId", delivery.id().toString());
                String text = json.writeValueAsString(body);
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hook.url())).timeout(TIMEOUT)
                        .header("Content-Type", "application/json").header("X-Kizuna-Event", delivery.event())
                        .header("X-Kizuna-Delivery", delivery.id().toString());
                if (!hook.token().isEmpty()) {
                    b.header("X-Kizuna-Signature", "sha256=" + sign(hook.token(), text));
                }
                yield b.POST(HttpRequest.BodyPublishers.ofString(text)).build();
            }
        };
    }

    static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
