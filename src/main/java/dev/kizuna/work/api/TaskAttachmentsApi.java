package dev.kizuna.work.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.files.StoredFileResponse;
import dev.kizuna.work.TaskAttachment;
import dev.kizuna.work.TaskAttachments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files on tasks: {@code /api/v1/tasks/{id}/attachments} and {@code /api/v1/task-attachments/{id}} (+
 * {@code /content}).
 */
@RestController
@Tag(name = "Boards and tasks")
class TaskAttachmentsApi {

    private final TaskAttachments attachments;

    TaskAttachmentsApi(TaskAttachments attachments) {
        this.attachments = attachments;
    }

    record AttachmentJson(String id, String taskId, String fileName, String contentType, long sizeBytes,
            String addedBy, String addedByName, OffsetDateTime addedAt) {
        static AttachmentJson of(TaskAttachment a) {
            return new AttachmentJson(a.id().toString(), a.taskId().toString(), a.fileName(), a.contentType(),
                    a.sizeBytes(), WorkApi.str(a.addedBy()), a.addedByName(), WorkApi.time(a.addedAt()));
        }
    }

    record AttachmentList(List<AttachmentJson> items, String nextCursor) {
    }

    @GetMapping("/api/v1/tasks/{id}/attachments")
    @Operation(summary = "A task's files, oldest first")
    AttachmentList list(@PathVariable String id) {
        return new AttachmentList(attachments.of(WorkApi.pathId("task", id)).stream().map(AttachmentJson::of).toList(),
                null);
    }

    @PostMapping(path = "/api/v1/tasks/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a file to a task (members and above)", description = """
            multipart/form-data with one part named file: a photo, PDF, Excel, Word, PowerPoint, CSV, text,
            Illustrator/EPS or ZIP file, up to 20 MB (422 TaskFileType / FileSize on file otherwise).""")
    ResponseEntity<AttachmentJson> add(@PathVariable String id, @RequestParam(required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new RuleViolationException(FieldProblem.of("file", "NotBlank"));
        }
        try (var in = file.getInputStream()) {
            TaskAttachment added = attachments.add(WorkApi.pathId("task", id), file.getOriginalFilename(),
                    file.getContentType(), file.getSize(), in);
            return ResponseEntity.created(URI.create("/api/v1/task-attachments/" + added.id()))
                    .body(AttachmentJson.of(added));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/task-attachments/{id}")
    AttachmentJson get(@PathVariable String id) {
        return AttachmentJson.of(attachments.find(WorkApi.pathId("taskAttachment", id)));
    }

    @GetMapping("/api/v1/task-attachments/{id}/content")
    @Operation(summary = "The file itself, with its type and uploaded name")
    ResponseEntity<InputStreamResource> content(@PathVariable String id) {
        UUID fileId = WorkApi.pathId("taskAttachment", id);
        TaskAttachment file = attachments.find(fileId);
        return StoredFileResponse.of(attachments.content(fileId), file.contentType(), file.fileName(),
                file.sizeBytes(), false);
    }

    @DeleteMapping("/api/v1/task-attachments/{id}")
    @Operation(summary = "Remove a file from its task (who added it, or a manager)")
    ResponseEntity<Void> remove(@PathVariable String id) {
        attachments.remove(WorkApi.pathId("taskAttachment", id));
        return ResponseEntity.noContent().build();
    }
}
