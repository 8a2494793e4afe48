package dev.kizuna.platform.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An uploaded file sent back. Its first bytes are sniffed again on the way out, so even a file kept before uploads
 * were checked cannot pass for what it is not: it opens in the browser only when that is wanted and the bytes are an
 * image or a PDF; everything else is a download ({@code Content-Disposition: attachment}), typed as stored only when
 * the bytes agree (otherwise {@code application/octet-stream}), and always with {@code X-Content-Type-Options: nosniff}
 * so the browser does not guess either. The name goes out without bidi controls.
 */
public final class StoredFileResponse {

    private StoredFileResponse() {
    }

    public static ResponseEntity<InputStreamResource> of(InputStream content, String storedType, String fileName,
            long size, boolean inlineWanted) {
        BufferedInputStream in = new BufferedInputStream(content, FileSniffer.HEAD + 1);
        String sniffed;
        try {
            sniffed = FileSniffer.sniff(FileSniffer.head(in));
        } catch (IOException e) {
            try {
                in.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw new UncheckedIOException(e);
        }
        boolean inline = inlineWanted && FileSniffer.inlineSafe(sniffed);
        String type = FileSniffer.inlineSafe(sniffed) ? sniffed
                : FileSniffer.agrees(storedType, sniffed) ? storedType : FileSniffer.UNKNOWN;
        ContentDisposition.Builder disposition = inline ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type)).contentLength(size)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(UploadNames.shown(fileName), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(in));
    }
}
