package org.spacecoop.core.io;

import java.io.IOException;

/**
 * A string value read for later, without making a string when it is plain ASCII: its bytes are copied out of the
 * reader's buffer (which moves on), otherwise it is decoded. The fast reader packs references this way.
 */
final class StagedText {
    byte[] bytes = new byte[128];
    int length;
    /** The decoded text when it is not plain ASCII, else null. */
    String text;
    boolean isNull;

    void clear() {
        length = 0;
        text = null;
        isNull = true;
    }

    /** Reads a string (or null, when {@code nullable}) from {@code in}. */
    void read(JsonBytes in, boolean nullable) throws IOException {
        if (nullable && in.nullValue()) {
            clear();
            return;
        }
        in.stringBytes();
        isNull = false;
        length = 0;
        text = null;
        if (!in.plainAscii()) {
            text = in.decode();
            return;
        }
        int n = in.end - in.start;
        if (n > bytes.length) bytes = new byte[Math.max(n, 2 * bytes.length)];
        System.arraycopy(in.buf, in.start, bytes, 0, n);
        length = n;
    }

    boolean ascii() {
        return text == null;
    }

    /** The text (null when it was null); makes a string of ASCII bytes. */
    String string() {
        if (isNull) return null;
        return text != null ? text : new String(bytes, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    boolean startsWith(String prefix) {
        if (text != null) return text.startsWith(prefix);
        if (length < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (bytes[i] != prefix.charAt(i)) return false;
        return true;
    }

    boolean contains(char c) {
        if (text != null) return text.indexOf(c) >= 0;
        for (int i = 0; i < length; i++) if (bytes[i] == c) return true;
        return false;
    }
}
