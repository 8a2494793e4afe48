package dev.kizuna.work;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.files.FileSniffer;
import dev.kizuna.platform.files.FileStore;
import dev.kizuna.platform.files.UploadLimit;
import dev.kizuna.platform.files.UploadNames;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on tasks — what a hand-off carries: a proof to check, the order sheet, the customer's logo data. Members
 * add them to any task they can see; whoever added a file, or a manager, removes it. Each is on the task's history
 * and audited. Photos, PDF, Office files, CSV, text, Illustrator/EPS and ZIP, up to {@link #MAX_BYTES} each.
 */
@Service
@Transactional
public class TaskAttachments {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Files sent with one form. */
    public static final int MAX_FILES = 10;
    public static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/heic", "image/webp", "image/gif",
            "application/pdf", "text/csv", "text/plain", "application/zip", "application/x-zip-compressed",
            "application/postscript", "application/illustrator",
            "application/vnd.ms-excel", "application/msword", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private final TaskAttachmentRepository rows;
    private final FileStore files;
    private final Tasks tasks;
    private final TaskRepository taskRows;
    private final AuditLog audit;

    TaskAttachments(TaskAttachmentRepository rows, FileStore files, Tasks tasks, TaskRepository taskRows, AuditLog audit) {
        this.rows = rows;
        this.files = files;
        this.tasks = tasks;
        this.taskRows = taskRows;
        this.audit = audit;
    }

    /**
     * The rules a file must keep, its first bytes included: a name without control characters, an allowed type, the
     * size, and bytes that are what the type says (a program named invoice.pdf is refused).
     */
    public static void check(String fileName, String contentType, long size, byte[] head) {
        check(UploadNames.clean("file", fileName, null), contentType, size);
        checkContent(contentType, head);
    }

    /** At most {@link #MAX_FILES} files at a time. */
    public static void checkCount(int files) {
        Check.of().failIf(files > MAX_FILES, "file", "FileCount", MAX_FILES).verify();
    }

    private static String checkContent(String contentType, byte[] head) {
        String sniffed = FileSniffer.sniff(head);
        Check.of().failIf(!FileSniffer.agrees(contentType, sniffed), "file", "FileContentMismatch",
                FileSniffer.label(contentType)).verify();
        return FileSniffer.keptType(contentType, sniffed);
    }

    /** The rules a file must keep, checked before its bytes are read. */
    public static void check(String fileName, String contentType, long size) {
        Check.of().required("file", fileName).maxLength("file", fileName, 200)
                .failIf(contentType == null || !TYPES.contains(contentType), "file", "TaskFileType")
                .failIf(size <= 0 || size > MAX_BYTES, "file", "FileSize", MAX_BYTES / 1024 / 1024)
                .verify();
    }

    /** Adds a file, its bytes sniffed first; they are stored before the row and taken away if the transaction rolls back. */
    @PreAuthorize("hasRole('MEMBER')")
    public TaskAttachment add(UUID taskId, String fileName, String contentType, long size, InputStream content) {
        Task task = tasks.find(taskId);
        String name = UploadNames.clean("file", fileName, null);
        check(name, contentType, size);
        BufferedInputStream in = new BufferedInputStream(content, FileSniffer.HEAD + 1);
        String type;
        try {
            type = checkContent(contentType, FileSniffer.head(in));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        UploadLimit counted = new UploadLimit(in, MAX_BYTES);
        String key = files.putUntilRollback(counted);
        UUID id = Ids.newId();
        UUID me = CurrentActor.idOrNull();
        rows.insert(id, taskId, name, type, counted.count(), key, me);
        taskRows.addEvent(Ids.newId(), taskId, task.companyId(), me, "attachment", name);
        TaskAttachment added = find(id);
        audit.record("task.attachment-added", Tasks.AUDIT_TYPE, taskId, null, summary(added));
        return added;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskAttachment> of(UUID taskId) {
        tasks.find(taskId);
        return rows.ofTask(taskId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TaskAttachment find(UUID id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("taskAttachment", id));
    }

    /** The file's bytes; the caller closes the stream. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public InputStream content(UUID id) {
        String key = rows.storageKey(id).orElseThrow(() -> new NotFoundException("taskAttachment", id));
        return files.open(key);
    }

    /** Whether the caller may remove the file: who added it, or a manager (no database work: pages ask per file). */
    public static boolean mayRemove(TaskAttachment file) {
        return CurrentActor.hasRole("MANAGER")
                || (CurrentActor.hasRole("MEMBER") && file.addedBy() != null
                        && file.addedBy().equals(CurrentActor.idOrNull()));
    }

    /** Removes a file from its task; its bytes leave the file store once the removal has committed. */
    @PreAuthorize("hasRole('MEMBER')")
    public void remove(UUID id) {
        TaskAttachment file = find(id);
        if (!mayRemove(file)) {
            throw new AccessDeniedException("not who added it");
        }
        String key = rows.delete(id);
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        files.delete(key);
                    }
                });
        Task task = tasks.find(file.taskId());
        taskRows.addEvent(Ids.newId(), file.taskId(), task.companyId(), CurrentActor.idOrNull(), "attachmentRemoved",
                file.fileName());
        audit.record("task.attachment-removed", Tasks.AUDIT_TYPE, file.taskId(), summary(file), null);
    }

    private static Map<String, Object> summary(TaskAttachment a) {
        return Map.of("id", a.id(), "fileName", a.fileName(), "contentType", a.contentType(), "sizeBytes",
                a.sizeBytes());
    }
}
