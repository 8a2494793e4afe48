package dev.kizuna.marketing.api;

import dev.kizuna.marketing.MailSettings;
import dev.kizuna.marketing.MarketingMailSettings;
import dev.kizuna.platform.api.VersionedAnswers;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/marketing-settings/mail}: how marketing mail goes out (administrators). */
@RestController
@Tag(name = "Marketing")
class MailSettingsApi {

    private final MarketingMailSettings settings;

    MailSettingsApi(MarketingMailSettings settings) {
        this.settings = settings;
    }

    record MailSettingsRequest(Long version, String senderName, String senderAddress, Integer mailsPerMinute,
            Integer maxAttempts) {
    }

    @GetMapping("/api/v1/marketing-settings/mail")
    @Operation(summary = "The sending settings (administrators)", description = """
            senderName and senderAddress (printed in every mail, 特定電子メール法), mailsPerMinute (the throttle),
            maxAttempts (tries before a mail is marked failed), version.""")
    ResponseEntity<MailSettings> get() {
        MailSettings s = settings.get();
        return VersionedAnswers.ok(s.version(), s);
    }

    @PatchMapping("/api/v1/marketing-settings/mail")
    @Operation(summary = "Change the sending settings (administrators)", description = """
            version (or If-Match) required; what is left out stays. senderName (≤ 120) and senderAddress (≤ 300) may
            not be blank; mailsPerMinute 1–60000; maxAttempts 1–20.""")
    ResponseEntity<MailSettings> update(@RequestBody MailSettingsRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        MailSettings s = settings.change(version, body.senderName(), body.senderAddress(), body.mailsPerMinute(),
                body.maxAttempts());
        return VersionedAnswers.ok(s.version(), s);
    }
}
