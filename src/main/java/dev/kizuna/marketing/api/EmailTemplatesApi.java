package dev.kizuna.marketing.api;

import java.time.Instant;

import dev.kizuna.marketing.EmailTemplate;
import dev.kizuna.marketing.EmailTemplateDraft;
import dev.kizuna.marketing.EmailTemplates;
import dev.kizuna.marketing.RenderedMail;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.VersionedAnswers;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/email-templates}: subject, plain text and HTML with merge fields, and a preview. */
@RestController
@Tag(name = "Marketing")
class EmailTemplatesApi {

    private static final String FIELDS = """
            name, subject, bodyText (required), bodyHtml (optional). Merge fields are written {{氏名}}: 氏名, 会社名,
            次回お届け日, 定期便, Fステージ, 購入回数, 最終購入日, 送信者名, 配信停止URL, or by their English names
            {{name}}, {{company}}, {{nextDelivery}}, {{subscription}}, {{fStage}}, {{purchaseCount}}, {{lastPurchase}},
            {{senderName}}, {{unsubscribeUrl}}. Any other {{…}} is 422 naming the part
            (subject, bodyText, bodyHtml) and the field. The sender's name and address and the unsubscribe link are
            added to every mail sent.""";

    private final EmailTemplates templates;

    EmailTemplatesApi(EmailTemplates templates) {
        this.templates = templates;
    }

    record TemplateJson(String id, String name, String subject, String bodyText, String bodyHtml, long version,
            Instant createdAt, Instant updatedAt) {
        static TemplateJson of(EmailTemplate t) {
            return new TemplateJson(t.id().toString(), t.name(), t.subject(), t.bodyText(), t.bodyHtml(), t.version(),
                    t.createdAt(), t.updatedAt());
        }
    }

    record TemplateRequest(Long version, String name, String subject, String bodyText, String bodyHtml) {
        EmailTemplateDraft draft() {
            return new EmailTemplateDraft(name, subject, bodyText, bodyHtml);
        }
    }

    @GetMapping("/api/v1/email-templates")
    @Operation(summary = "E-mail templates by name, keyset-paged")
    CursorPage<TemplateJson> list(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return templates.list(PageQuery.of(limit, cursor)).map(TemplateJson::of);
    }

    @GetMapping("/api/v1/email-templates/{id}")
    ResponseEntity<TemplateJson> get(@PathVariable String id) {
        return answer(templates.find(ApiValues.pathId("email_template", id)));
    }

    @PostMapping("/api/v1/email-templates")
    @Operation(summary = "Save a template (members)", description = FIELDS)
    ResponseEntity<TemplateJson> create(@RequestBody TemplateRequest body) {
        EmailTemplate t = templates.create(body.draft());
        return VersionedAnswers.created("/api/v1/email-templates", t.id(), t.version(), TemplateJson.of(t));
    }

    @PatchMapping("/api/v1/email-templates/{id}")
    @Operation(summary = "Change a template (members)", description = "version (or If-Match). " + FIELDS)
    ResponseEntity<TemplateJson> update(@PathVariable String id, @RequestBody TemplateRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        return answer(templates.change(ApiValues.pathId("email_template", id), version, body.draft()));
    }

    @DeleteMapping("/api/v1/email-templates/{id}")
    @Operation(summary = "Delete a template (members); one a campaign or a sequence uses is 409")
    ResponseEntity<Void> delete(@PathVariable String id) {
        templates.delete(ApiValues.pathId("email_template", id));
        return VersionedAnswers.deleted();
    }

    @GetMapping("/api/v1/email-templates/{id}/preview")
    @Operation(summary = "The template made for a real customer (companyId), without the sender's footer")
    RenderedMail preview(@PathVariable String id, @RequestParam(required = false) String companyId) {
        return templates.preview(ApiValues.pathId("email_template", id), ApiValues.id("companyId", companyId));
    }

    private static ResponseEntity<TemplateJson> answer(EmailTemplate t) {
        return VersionedAnswers.ok(t.version(), TemplateJson.of(t));
    }
}
