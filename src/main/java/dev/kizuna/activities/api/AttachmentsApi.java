package dev.kizuna.activities.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.kizuna.activities.Attachment;
import dev.kizuna.activities.Attachments;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.files.StoredFileResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Files on activities: {@code /api/v1/activities/{id}/attachments} and {@code /api/v1/attachments/{id}/content}. */
@RestController
@Tag(name = "Activities")
class AttachmentsApi {

    private final Attachments attachments;

    AttachmentsApi(Attachments attachments) {
        this.attachments = attachments;
    }

    record AttachmentList(List<Attachment> items, String nextCursor) {
    }

    @PostMapping(path = "/api/v1/activities/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a photo or PDF to an activity (its author, their manager or an administrator)",
            description = "multipart/form-data with one part named file; JPEG, PNG, HEIC, WebP or PDF, up to 10 MB.")
    ResponseEntity<Attachment> add(@PathVariable String id, @RequestParam(required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new RuleViolationException(FieldProblem.of("file", "NotBlank"));
        }
        try (var in = file.getInputStream()) {
            Attachment added = attachments.add(activityId(id), file.getOriginalFilename(), file.getContentType(),
                    file.getSize(), in);
            return ResponseEntity.created(URI.create("/api/v1/attachments/" + added.id() + "/content")).body(added);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/activities/{id}/attachments")
    AttachmentList list(@PathVariable String id) {
        return new AttachmentList(attachments.of(activityId(id)), null);
    }

    @GetMapping("/api/v1/attachments/{id}/content")
    @Operation(summary = "The file itself, with its type and uploaded name")
    ResponseEntity<InputStreamResource> content(@PathVariable String id) {
        UUID attachmentId = Ids.parse(id).orElseThrow(() -> new NotFoundException("attachment", id));
        Attachment file = attachments.find(attachmentId);
        return StoredFileResponse.of(attachments.content(attachmentId), file.contentType(), file.fileName(),
                file.sizeBytes(), false);
    }

    private static UUID activityId(String value) {
        return Ids.parse(value).orElseThrow(() -> new NotFoundException("activity", value));
    }
}
