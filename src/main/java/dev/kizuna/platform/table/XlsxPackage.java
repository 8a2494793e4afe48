package dev.kizuna.platform.table;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The zip inside an .xlsx, opened through Apache POI's {@link ZipSecureFile}, which refuses a part that unpacks to
 * more than 100 times its packed size (a zip bomb) while it is read. Before opening, the zip's directory is checked
 * from its end record, so a zip of millions of entries is refused before its directory is read into memory; while a
 * part is read, its unpacked bytes are counted against {@link TableLimits#partBytes()} and its tags against
 * {@link TableLimits#markupBytes()}.
 */
final class XlsxPackage implements Closeable {

    private static final int END_RECORD = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    static {
        // POI's own backstop for every part, whatever limits a reader was given
        ZipSecureFile.setMaxEntrySize(Math.max(ZipSecureFile.getMaxEntrySize(), TableLimits.DEFAULT.partBytes()));
    }

    private final ZipSecureFile zip;
    private final TableLimits limits;

    XlsxPackage(Path file, TableLimits limits) throws IOException {
        this.limits = limits;
        checkDirectory(file, limits);
        this.zip = new ZipSecureFile(file.toFile());
    }

    /** The part's bytes as they unpack, or null when the zip has no such part. */
    InputStream part(String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        if (entry.getSize() > limits.partBytes()) {
            throw new TableLimitException("ImportPartSize", limits.partBytes() >> 20);
        }
        return new MarkupGuard(new Counted(zip.getInputStream(entry), limits.partBytes()), limits.markupBytes());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Reads the end-of-central-directory record: the entry count and the directory's size, before any of it. */
    private static void checkDirectory(Path file, TableLimits limits) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int tail = (int) Math.min(length, END_RECORD + MAX_COMMENT);
            byte[] bytes = new byte[tail];
            in.seek(length - tail);
            in.readFully(bytes);
            for (int i = tail - END_RECORD; i >= 0; i--) {
                if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                    int entries = u16(bytes, i + 10);
                    long directory = u32(bytes, i + 12);
                    // 0xFFFF entries means ZIP64, which a spreadsheet of 1,000 parts never needs
                    if (entries > limits.parts() || directory > (long) limits.parts() * 1024) {
                        throw new TableLimitException("ImportZipEntries", limits.parts());
                    }
                    return;
                }
            }
            throw new IOException("No zip directory");
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return u16(b, at) | (long) u16(b, at + 2) << 16;
    }

    /** Counts unpacked bytes against the part limit and names POI's zip-bomb refusal as a limit. */
    private static final class Counted extends FilterInputStream {

        private final long limit;
        private long count;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (IOException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("MIN_INFLATE_RATIO")) {
                    throw new TableLimitException("ImportPackedTight", 100);
                }
                if (message.contains("MAX_ENTRY_SIZE")) {
                    throw new TableLimitException("ImportPartSize", limit >> 20);
                }
                throw e;
            }
            if (n > 0 && (count += n) > limit) {
                throw new TableLimitException("ImportPartSize", limit >> 20);
            }
            return n;
        }
    }
}
