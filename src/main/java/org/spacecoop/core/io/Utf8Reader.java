package org.spacecoop.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 text from bytes, as every text reader of the explorer reads files: a leading byte-order mark (as
 * Excel and Notepad write) is dropped, and the first invalid byte raises a {@link NotUtf8Exception} naming its
 * byte offset, line and column. The characters before it are returned first.
 */
public final class Utf8Reader extends Reader {

    private static final char BOM = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    /** Bytes decoded so far: the offset of {@code bytes.position()} in the input. */
    private long consumed;
    private boolean eof, flushed, started;
    /** The place of the next character. */
    private int line = 1, column = 1;
    private NotUtf8Exception pending;

    public Utf8Reader(InputStream in) {
        this.in = in;
    }

    /** Decodes a whole byte array (a source document); throws with the place of the first bad byte. */
    public static String decode(byte[] data) throws CharacterCodingException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            // rare: read again to find the place
            try (Utf8Reader r = new Utf8Reader(new ByteArrayInputStream(data))) {
                StringWriter sink = new StringWriter();
                r.transferTo(sink);
                throw e; // not reached: the reader throws at the same byte
            } catch (NotUtf8Exception located) {
                throw located;
            } catch (IOException impossible) {
                throw e;
            }
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (pending != null) throw pending;
        int produced;
        do {
            produced = decode(cbuf, off, len);
            if (pending != null && produced == 0) throw pending;
            if (produced == 0 && eof && !bytes.hasRemaining()) return -1;
        } while (produced == 0); // only a byte-order mark was read
        return produced;
    }

    /** Decodes what it can into {@code cbuf}; notes the first bad byte in {@link #pending}. */
    private int decode(char[] cbuf, int off, int len) throws IOException {
        if (flushed) return 0; // at the end: the decoder must not be called again (a reader may ask twice)
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        int badOffsetInBuffer = -1;
        while (out.position() == off) {
            if (!bytes.hasRemaining() && !eof) refill();
            int before = bytes.position();
            CoderResult r = decoder.decode(bytes, out, eof);
            consumed += bytes.position() - before;
            if (r.isError()) {
                badOffsetInBuffer = bytes.position();
                break;
            }
            if (r.isOverflow()) break;
            if (eof) {
                if (!flushed) decoder.flush(out);
                flushed = true;
                break;
            }
            refill();
        }
        int produced = out.position() - off;
        if (!started && produced > 0) {
            started = true;
            if (cbuf[off] == BOM) {
                System.arraycopy(cbuf, off + 1, cbuf, off, produced - 1);
                produced--;
            }
        }
        count(cbuf, off, produced);
        if (badOffsetInBuffer >= 0) pending = new NotUtf8Exception(consumed, line, column, bytes.get(badOffsetInBuffer) & 0xff);
        return produced;
    }

    private void count(char[] cbuf, int off, int n) {
        for (int i = off; i < off + n; i++) {
            char c = cbuf[i];
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
    }

    private void refill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) eof = true;
        else bytes.position(bytes.position() + n);
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
