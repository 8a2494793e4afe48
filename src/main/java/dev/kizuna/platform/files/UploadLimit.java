package dev.kizuna.platform.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Counts an upload's bytes as they are stored and stops at a limit, for uploads that do not pass through the
 * multipart limits (a request body read directly): past the limit the copy ends with
 * {@link MaxUploadSizeExceededException} (413), and {@link FileStore#put} leaves nothing behind.
 */
public final class UploadLimit extends FilterInputStream {

    private final long limit;
    private long count;

    public UploadLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** The bytes read so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) {
        count += n;
        if (count > limit) {
            throw new MaxUploadSizeExceededException(limit);
        }
    }
}
