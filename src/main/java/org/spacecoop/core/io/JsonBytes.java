package org.spacecoop.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strict JSON tokens read straight from UTF-8 bytes, for {@link FastDatasetReader}. It knows no positions and
 * explains nothing: on anything that is not plain, well-formed JSON it throws {@link GiveUp}, and the caller
 * reads the file again with the reporting reader. What it accepts, it decodes exactly as Gson's strict reader
 * would (escapes, surrogate pairs, UTF-8 checked, no raw control characters in strings).
 */
final class JsonBytes {

    /** Thrown on anything the fast path does not handle; carries no stack trace. */
    static final class GiveUp extends RuntimeException {
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super("not on the fast path", null, false, false);
        }
    }

    /** Where the bytes come from: fills {@code b[off, off + len)} as far as it can; returns the count, ≤ 0 at the end. */
    interface Bytes {
        int read(byte[] b, int off, int len) throws IOException;
    }

    private final Bytes in;
    /** The file, when reading one: {@link #seek} needs it. */
    private final FileChannel channel;
    /** The absolute offset of {@code buf[0]} in the input. */
    private long base;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] buf = new byte[1 << 20];
    int pos, limit;
    private boolean eof;
    /** The last string's bytes ({@link #stringBytes}): {@code buf[start, end)}, valid until the next read. */
    int start, end;
    private boolean escaped, ascii;

    JsonBytes(InputStream in) {
        this.in = in::readNBytes;
        this.channel = null;
    }

    /** Reads a file from its channel's position on; {@link #seek} can move it. */
    JsonBytes(FileChannel channel) throws IOException {
        this.channel = channel;
        this.base = channel.position();
        this.in = (b, off, len) -> {
            ByteBuffer bb = ByteBuffer.wrap(b, off, len);
            while (bb.hasRemaining() && channel.read(bb) >= 0) {
                // read until the buffer is full or the file ends
            }
            return bb.position() - off;
        };
    }

    /** The absolute offset in the input of the next byte ({@link #pos}). */
    long offset() {
        return base + pos;
    }

    /**
     * Skips to just past the next newline and then past blanks; the absolute offset of the '{' found there, or -1
     * when something else (or the end) comes. For starting to read in the middle of a file.
     */
    long lineStart() throws IOException {
        while (true) {
            while (pos < limit) {
                if (buf[pos++] == '\n') return peek() == '{' ? offset() : -1;
            }
            if (!fill(pos)) return -1;
        }
    }

    /**
     * Skips the array or object that starts next without decoding it (strings and escapes are followed, nothing
     * else is checked); returns the absolute offset just past its end. Gives up at the end of the input.
     */
    long skipContainer() throws IOException {
        int c = peek();
        if (c != '[' && c != '{') throw giveUp();
        int depth = 0;
        boolean string = false, escape = false;
        while (true) {
            while (pos < limit) {
                byte b = buf[pos++];
                if (string) {
                    if (escape) escape = false;
                    else if (b == '\\') escape = true;
                    else if (b == '"') string = false;
                } else if (b == '"') {
                    string = true;
                } else if (b == '[' || b == '{') {
                    depth++;
                } else if ((b == ']' || b == '}') && --depth == 0) {
                    return offset();
                }
            }
            if (!fill(pos)) throw giveUp();
        }
    }

    /** Goes on reading at an absolute offset of the file, dropping what is buffered. */
    void seek(long offset) throws IOException {
        if (channel == null) throw new IllegalStateException("not reading a file");
        channel.position(offset);
        base = offset;
        pos = limit = 0;
        eof = false;
    }

    static GiveUp giveUp() {
        return GiveUp.INSTANCE;
    }

    /** The next non-blank byte, not consumed; -1 at the end of the input. */
    int peek() throws IOException {
        while (true) {
            while (pos < limit) {
                byte b = buf[pos];
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return b;
                pos++;
            }
            if (!fill(pos)) return -1;
        }
    }

    void expect(char c) throws IOException {
        if (peek() != c) throw giveUp();
        pos++;
    }

    /** Consumes {@code c} if it comes next. */
    boolean skip(char c) throws IOException {
        if (peek() != c) return false;
        pos++;
        return true;
    }

    /**
     * After an element of an object or array: true when a comma follows (another element comes), false when the
     * closing {@code close} does; anything else gives up.
     */
    boolean more(char close) throws IOException {
        int c = peek();
        pos++;
        if (c == ',') return true;
        if (c == close) return false;
        throw giveUp();
    }

    /** True when the next value is JSON null (consumed); false when something else comes (not consumed). */
    boolean nullValue() throws IOException {
        if (peek() != 'n') return false;
        literal("null");
        return true;
    }

    /** {@code true} or {@code false}; null for JSON null. */
    Boolean bool() throws IOException {
        int c = peek();
        if (c == 't') {
            literal("true");
            return Boolean.TRUE;
        }
        if (c == 'f') {
            literal("false");
            return Boolean.FALSE;
        }
        if (c == 'n') {
            literal("null");
            return null;
        }
        throw giveUp();
    }

    private void literal(String word) throws IOException {
        for (int i = 0; i < word.length(); i++) {
            if (pos == limit && !fill(pos) || buf[pos] != word.charAt(i)) throw giveUp();
            pos++;
        }
        if (pos == limit) fill(pos);
        if (pos < limit && Character.isLetterOrDigit(buf[pos])) throw giveUp();
    }

    /**
     * Reads a string's bytes to {@code buf[start, end)} (the quotes excluded) without decoding them; {@link #string}
     * decodes. Gives up when a string does not come next.
     */
    void stringBytes() throws IOException {
        if (peek() != '"') throw giveUp();
        int s = ++pos;
        boolean esc = false, hi = false;
        while (true) {
            while (pos < limit) {
                byte b = buf[pos];
                if (b == '"') {
                    start = s;
                    end = pos++;
                    escaped = esc;
                    ascii = !hi;
                    return;
                }
                if (b == '\\') {
                    esc = true;
                    pos += 2; // the escaped character cannot end the string
                    if (pos > limit) { // the escape straddles the buffer's end
                        pos -= 2;
                        break;
                    }
                    continue;
                }
                if (b >= 0 && b < 0x20) throw giveUp(); // raw control characters are not allowed in JSON strings
                if (b < 0) hi = true;
                pos++;
            }
            int shift = shiftAndFill(s);
            if (shift < 0) throw giveUp();
            s -= shift;
        }
    }

    /** A string value, decoded. */
    String string() throws IOException {
        stringBytes();
        return decode();
    }

    /** A string or null. */
    String stringOrNull() throws IOException {
        return nullValue() ? null : string();
    }

    /** The string last read by {@link #stringBytes}, decoded. */
    String decode() {
        if (!escaped) {
            if (ascii) return new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
            return utf8(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        int run = start;
        for (int i = start; i < end; ) {
            if (buf[i] != '\\') {
                i++;
                continue;
            }
            sb.append(utf8(run, i));
            char e = (char) buf[i + 1];
            i += 2;
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (i + 4 > end) throw giveUp();
                    int v = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(buf[i + k], 16);
                        if (d < 0) throw giveUp();
                        v = v * 16 + d;
                    }
                    sb.append((char) v);
                    i += 4;
                }
                default -> throw giveUp();
            }
            run = i;
        }
        sb.append(utf8(run, end));
        return sb.toString();
    }

    /** True when the last string read is, byte for byte, the ASCII text {@code word} (given as bytes). */
    boolean stringIs(byte[] word) {
        if (escaped || end - start != word.length) return false;
        for (int i = 0; i < word.length; i++) if (buf[start + i] != word[i]) return false; // short: no call to Arrays
        return true;
    }

    /**
     * Consumes the string that comes next if it is, byte for byte, the ASCII text {@code word} (given as bytes);
     * otherwise consumes nothing and returns false. Field names mostly come in the order expected: this checks
     * one without scanning it first.
     */
    boolean nextStringIs(byte[] word) throws IOException {
        if (peek() != '"') return false;
        int n = word.length;
        if (pos + n + 2 > limit && !fill(pos) || pos + n + 2 > limit) return false; // let stringBytes handle it
        if (buf[pos + n + 1] != '"') return false;
        for (int i = 0; i < n; i++) if (buf[pos + 1 + i] != word[i]) return false;
        start = pos + 1;
        end = pos + 1 + n;
        escaped = false;
        ascii = true;
        pos += n + 2;
        return true;
    }

    /** True when the last string read has neither escapes nor non-ASCII bytes, so its bytes are its characters. */
    boolean plainAscii() {
        return !escaped && ascii;
    }

    private String utf8(int from, int to) {
        try {
            return utf8.decode(ByteBuffer.wrap(buf, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw giveUp();
        }
    }

    /** The exact integer {@code 1}..{@code 9} written as one digit, or gives up. */
    int smallInt() throws IOException {
        int c = peek();
        if (c < '1' || c > '9') throw giveUp();
        pos++;
        if (pos == limit) fill(pos);
        if (pos < limit) {
            byte b = buf[pos];
            if (b >= '0' && b <= '9' || b == '.' || b == 'e' || b == 'E') throw giveUp();
        }
        return c - '0';
    }

    /** True when only blanks are left. */
    boolean atEnd() throws IOException {
        return peek() == -1;
    }

    /** Reads more input, keeping {@code buf[keep, limit)}; false at the end of the input. */
    private boolean fill(int keep) throws IOException {
        return shiftAndFill(keep) >= 0;
    }

    /**
     * Moves {@code buf[keep, limit)} to the front (growing the buffer if it is full) and reads more; returns how
     * far the kept bytes moved, or -1 at the end of the input.
     */
    private int shiftAndFill(int keep) throws IOException {
        if (eof) return -1;
        int kept = limit - keep;
        if (keep == 0 && limit == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        else System.arraycopy(buf, keep, buf, 0, kept);
        pos -= keep;
        limit = kept;
        base += keep;
        int n = in.read(buf, limit, buf.length - limit);
        if (n <= 0) {
            eof = true;
            return -1;
        }
        limit += n;
        return keep;
    }
}
