package dev.kizuna.dataio;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomFields;
import dev.kizuna.platform.table.FileFormats;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.files.FileStore;
import dev.kizuna.platform.files.UploadLimit;
import dev.kizuna.platform.files.UploadNames;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Takes an uploaded import file: stores it while hashing it, gives back the earlier import of the same bytes, refuses
 * an empty file or one without a header, and maps its columns automatically. Nothing is left behind on a refusal.
 */
@Component
class ImportUpload {

    private final ImportRepository imports;
    private final FileStore files;
    private final CustomFields customFields;
    private final AuditLog audit;

    ImportUpload(ImportRepository imports, FileStore files, CustomFields customFields, AuditLog audit) {
        this.imports = imports;
        this.files = files;
        this.customFields = customFields;
        this.audit = audit;
    }

    /** {@code ownLabels}: every target's label in both languages, for matching the header. */
    Imports.Uploaded upload(String object, String fileName, InputStream content, Map<String, String> ownLabels) {
        String name = UploadNames.clean("file", fileName, "import.csv");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        UploadLimit counted = new UploadLimit(content, Imports.MAX_BYTES);
        String key = files.put(new DigestInputStream(counted, sha));
        try {
            return stored(object, name, key, HexFormat.of().formatHex(sha.digest()), counted.count(), ownLabels);
        } catch (IOException | RuntimeException e) {
            files.delete(key); // whatever went wrong, the file is not left behind
            throw e instanceof RuleViolationException rule ? rule : ImportFileCheck.refusal(e);
        }
    }

    private Imports.Uploaded stored(String object, String name, String key, String hash, long size,
            Map<String, String> ownLabels) throws IOException {
        var same = imports.sameFile(object, hash);
        if (same.isPresent()) {
            files.delete(key);
            return new Imports.Uploaded(same.get(), true);
        }
        if (size == 0) {
            throw new RuleViolationException(FieldProblem.of("file", "NotBlank"));
        }
        boolean xlsx = FileFormats.isXlsx(files.path(key));
        List<String> header = ImportFileCheck.header(files.path(key), null);
        if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
            throw new RuleViolationException(FieldProblem.of("file", "ImportNoHeader"));
        }
        UUID id = Ids.newId();
        List<String> mapping = ImportTargets.autoMatch(object, header, customFields.active(object), ownLabels);
        imports.insert(new ImportRepository.NewImport(id, object, name, key, hash, size, xlsx ? "xlsx" : "csv",
                "auto", header, mapping, CurrentActor.idOrNull()));
        audit.record("import.uploaded", Imports.AUDIT_TYPE, id, null, Map.of("file", name, "bytes", size));
        return new Imports.Uploaded(imports.find(id).orElseThrow(), false);
    }
}
