package dev.kizuna.platform.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking they are well-formed UTF-8 as RFC 3629 defines it (no overlong forms, no
 * encoded surrogates, nothing above U+10FFFF, no cut-off sequence) and that there are at most {@code limit} of
 * them. Jackson's own decoder lets overlong forms through and turns them into other characters, so a request
 * body is read through this first.
 */
public final class StrictUtf8Stream extends FilterInputStream {

    private final long limit;
    private long offset;
    private int pending;   // continuation bytes still expected
    private int low = 0x80; // bounds for the next continuation byte (narrower after E0, ED, F0, F4)
    private int high = 0xBF;

    public StrictUtf8Stream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[off + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        int read = read(scratch, 0, scratch.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void end() throws MalformedUtf8Exception {
        if (pending > 0) {
            throw new MalformedUtf8Exception(offset);
        }
    }

    private void check(int b) throws IOException {
        if (++offset > limit) {
            throw new BodyTooLargeException(limit);
        }
        if (pending > 0) {
            if (b < low || b > high) {
                throw new MalformedUtf8Exception(offset - 1);
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            if (b == 0xE0) {
                low = 0xA0;  // below is overlong
            } else if (b == 0xED) {
                high = 0x9F; // above is a surrogate
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F; // above is past U+10FFFF
            }
        } else {
            throw new MalformedUtf8Exception(offset - 1); // C0, C1 (overlong), F5..FF, or a stray continuation byte
        }
    }
}
