package dev.kizuna.platform.table;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops an XML part whose single tag, comment, processing instruction or CDATA section runs past a limit, before the
 * XML parser buffers it whole (a 700 MB attribute value would fill the heap inside the parser, where no cell limit can
 * see it). Text between tags is not counted here: the parser hands it over in chunks and the reader counts it by cell.
 * Works on the bytes of UTF-8 XML, which is what Excel and every other spreadsheet program writes.
 */
final class MarkupGuard extends FilterInputStream {

    private enum State { TEXT, OPEN, TAG, BANG, PI }

    private final long limit;
    private State state = State.TEXT;
    private long length;
    private byte quote;
    private byte previous;
    private byte beforePrevious;

    MarkupGuard(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        int read = read(discard, 0, discard.length);
        return Math.max(read, 0);
    }

    private void see(byte b) throws TableLimitException {
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    state = State.OPEN;
                    length = 1;
                }
            }
            case OPEN -> state = b == '!' ? State.BANG : b == '?' ? State.PI : tag(b);
            case TAG -> {
                if (quote != 0) {
                    quote = b == quote ? 0 : quote;
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '>') {
                    state = State.TEXT;
                }
            }
            // comments end in -->, CDATA in ]]>; anything else after <! (a DOCTYPE) never ends and is refused
            case BANG -> state = b == '>' && (previous == '-' && beforePrevious == '-'
                    || previous == ']' && beforePrevious == ']') ? State.TEXT : State.BANG;
            case PI -> state = b == '>' && previous == '?' ? State.TEXT : State.PI;
        }
        beforePrevious = previous;
        previous = b;
        if (state != State.TEXT && ++length > limit) {
            throw new TableLimitException("ImportMarkupSize", limit / 1024);
        }
    }

    private State tag(byte b) {
        if (b == '>') {
            return State.TEXT;
        }
        if (b == '"' || b == '\'') {
            quote = b;
        }
        return State.TAG;
    }
}
