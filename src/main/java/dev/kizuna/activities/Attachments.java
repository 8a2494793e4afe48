package dev.kizuna.activities;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.List;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of documents and PDFs on activities and notes: whoever may change the activity adds them; everyone signed
 * in reads them. Only images and PDFs, up to {@link #MAX_BYTES} each.
 */
@Service
@Transactional
public class Attachments {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Files sent with one activity form. */
    public static final int MAX_FILES = 10;
    public static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/heic", "image/webp",
            "application/pdf");

    private final ActivityAttachmentRepository rows;
    private final FileStore files;
    private final Activities activities;
    private final AuditLog audit;

    Attachments(ActivityAttachmentRepository rows, FileStore files, Activities activities, AuditLog audit) {
        this.rows = rows;
        this.files = files;
        this.activities = activities;
        this.audit = audit;
    }

    /**
     * Adds a file, its bytes sniffed first ({@link #check(String, String, long, byte[])}); they are stored before the
     * row is written and taken away again if the transaction rolls back.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Attachment add(UUID activityId, String fileName, String contentType, long size, InputStream content) {
        Activity activity = activities.find(activityId);
        if (!activities.mayChange(activityId)) {
            throw new org.springframework.security.access.AccessDeniedException("not the author");
        }
        String name = UploadNames.clean("attachments", fileName, null);
        check(name, contentType, size);
        BufferedInputStream in = new BufferedInputStream(content, FileSniffer.HEAD + 1);
        String type = checkContent(contentType, head(in));
        UploadLimit counted = new UploadLimit(in, MAX_BYTES);
        String key = files.putUntilRollback(counted);
        UUID id = Ids.newId();
        rows.insert(id, activity.id(), name, type, counted.count(), key, CurrentActor.idOrNull());
        Attachment added = new Attachment(id, activity.id(), name, type, counted.count());
        audit.record("activity.attachment-added", Activities.AUDIT_TYPE, activity.id(), null, added);
        return added;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Attachment> of(UUID activityId) {
        return rows.ofActivity(activityId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Attachment find(UUID id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("attachment", id));
    }

    /**
     * The rules a file must keep, its first bytes included, checked before anything is written (so an activity is not
     * logged without it): a name without control characters, an allowed type, the size, and bytes that are what the
     * type says.
     */
    public static void check(String fileName, String contentType, long size, byte[] head) {
        check(UploadNames.clean("attachments", fileName, null), contentType, size);
        checkContent(contentType, head);
    }

    /** At most {@link #MAX_FILES} files at a time. */
    public static void checkCount(int files) {
        Check.of().failIf(files > MAX_FILES, "attachments", "FileCount", MAX_FILES).verify();
    }

    /** The type to keep when the bytes agree with the declared type; refused otherwise. */
    private static String checkContent(String contentType, byte[] head) {
        String sniffed = FileSniffer.sniff(head);
        Check.of().failIf(!FileSniffer.agrees(contentType, sniffed), "attachments", "FileContentMismatch",
                FileSniffer.label(contentType)).verify();
        return FileSniffer.keptType(contentType, sniffed);
    }

    private static byte[] head(BufferedInputStream in) {
        try {
            return FileSniffer.head(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rules a file must keep, checked before anything is written (so an activity is not logged without it). */
    public static void check(String fileName, String contentType, long size) {
        Check.of().required("attachments", fileName)
                .failIf(contentType == null || !TYPES.contains(contentType), "attachments", "FileType")
                .failIf(size <= 0 || size > MAX_BYTES, "attachments", "FileSize", MAX_BYTES / 1024 / 1024)
                .verify();
    }

    /** The file's bytes; the caller closes the stream. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public InputStream content(UUID id) {
        String key = rows.storageKey(id).orElseThrow(() -> new NotFoundException("attachment", id));
        return files.open(key);
    }
}
