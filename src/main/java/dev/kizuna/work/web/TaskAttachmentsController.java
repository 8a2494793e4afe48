package dev.kizuna.work.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.files.FileSniffer;
import dev.kizuna.platform.files.StoredFileResponse;
import dev.kizuna.platform.files.UploadNames;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.work.TaskAttachment;
import dev.kizuna.work.TaskAttachments;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Files on a task's page: add (several at once), open, remove (after a confirmation). */
@Controller
class TaskAttachmentsController {

    private final TaskAttachments attachments;
    private final FieldMessages messages;

    TaskAttachmentsController(TaskAttachments attachments, FieldMessages messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    /** Every file is checked before any is stored: one refused file keeps the others back too, and says why. */
    @PostMapping("/tasks/{id}/attachments")
    String add(@PathVariable UUID id, @RequestParam(name = "files", required = false) List<MultipartFile> sent,
            RedirectAttributes redirect) {
        List<MultipartFile> files = sent == null ? List.of() : sent.stream().filter(f -> !f.isEmpty()).toList();
        if (files.isEmpty()) {
            Flash.warning(redirect, "work.flash.noFile");
            return "redirect:/tasks/" + id + "#attachments";
        }
        try {
            TaskAttachments.checkCount(files.size());
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "work.flash.fileRefused", files.size() + " files",
                    messages.of(e.problems()).getFirst().message());
            return "redirect:/tasks/" + id + "#attachments";
        }
        for (MultipartFile f : files) {
            try (var in = f.getInputStream()) {
                TaskAttachments.check(f.getOriginalFilename(), f.getContentType(), f.getSize(),
                        in.readNBytes(FileSniffer.HEAD));
            } catch (RuleViolationException e) {
                Flash.warning(redirect, "work.flash.fileRefused", UploadNames.shown(f.getOriginalFilename()),
                        messages.of(e.problems()).getFirst().message());
                return "redirect:/tasks/" + id + "#attachments";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (MultipartFile f : files) {
            try (var in = f.getInputStream()) {
                attachments.add(id, f.getOriginalFilename(), f.getContentType(), f.getSize(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Flash.success(redirect, "work.flash.filesAdded", files.size());
        return "redirect:/tasks/" + id + "#attachments";
    }

    /** The file under the name it was uploaded with: photos and PDFs (by their bytes) open in the browser, the rest download. */
    @GetMapping("/task-attachments/{id}")
    ResponseEntity<InputStreamResource> open(@PathVariable UUID id) {
        TaskAttachment file = attachments.find(id);
        return StoredFileResponse.of(attachments.content(id), file.contentType(), file.fileName(), file.sizeBytes(),
                true);
    }

    @PostMapping("/task-attachments/{id}/remove")
    String remove(@PathVariable UUID id, RedirectAttributes redirect) {
        TaskAttachment file = attachments.find(id);
        attachments.remove(id);
        Flash.success(redirect, "work.flash.fileRemoved", file.fileName());
        return "redirect:/tasks/" + file.taskId() + "#attachments";
    }
}
