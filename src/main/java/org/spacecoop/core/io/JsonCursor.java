package org.spacecoop.core.io;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * A Gson {@link JsonReader} that knows where its values start. Gson has no public line/column getter; its
 * {@code toString()} says "JsonReader at line N column M path …", but building and parsing that string for
 * every value costs several times the parse itself. So positions are read from the reader's private
 * {@code lineNumber/lineStart/pos} fields through VarHandles (the same numbers {@code toString()} prints), with
 * {@code toString()} parsing as the fallback when those fields are not accessible (e.g. Gson on the module path).
 * <p>
 * A position is packed into a long: line in the high half, column in the low half, both 1-based.
 */
final class JsonCursor {

    private static final VarHandle POS;
    private static final VarHandle LINE_NUMBER;
    private static final VarHandle LINE_START;

    static {
        VarHandle pos = null, lineNumber = null, lineStart = null;
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(JsonReader.class, MethodHandles.lookup());
            pos = l.findVarHandle(JsonReader.class, "pos", int.class);
            lineNumber = l.findVarHandle(JsonReader.class, "lineNumber", int.class);
            lineStart = l.findVarHandle(JsonReader.class, "lineStart", int.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            pos = lineNumber = lineStart = null; // fall back to toString()
        }
        POS = pos;
        LINE_NUMBER = lineNumber;
        LINE_START = lineStart;
    }

    final JsonReader in;
    private final boolean fast;

    JsonCursor(JsonReader in) {
        this(in, POS != null);
    }

    /** {@code fast = false} forces the toString() fallback (tests compare the two). */
    JsonCursor(JsonReader in, boolean fast) {
        this.in = in;
        this.fast = fast && POS != null;
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    static int line(long pos) {
        return (int) (pos >>> 32);
    }

    static int column(long pos) {
        return (int) pos;
    }

    /** The position just after what the reader has consumed (peeking consumes a value's first character). */
    long here() {
        if (fast) {
            int p = (int) POS.get(in);
            return pack((int) LINE_NUMBER.get(in) + 1, p - (int) LINE_START.get(in) + 1);
        }
        return parse(in.toString());
    }

    /** Parses "... at line N column M path ...". */
    static long parse(String location) {
        int l = location.indexOf(" line ");
        int c = location.indexOf(" column ", l);
        if (l < 0 || c < 0) return 0;
        int line = Integer.parseInt(location, l + 6, c, 10);
        int end = c + 8;
        while (end < location.length() && Character.isDigit(location.charAt(end))) end++;
        return pack(line, Integer.parseInt(location, c + 8, end, 10));
    }

    /**
     * Where the next value or name starts; valid for strings, names, objects and arrays, whose first character
     * peek() has consumed. Numbers and literals are located by {@link #skipValue()} instead.
     */
    long next() throws IOException {
        in.peek();
        return here() - 1;
    }

    /** The text of the last number or string {@link #skipValue()} skipped; null for other values. */
    String lastText;

    /** Skips the next value and returns where it started. */
    long skipValue() throws IOException {
        JsonToken t = in.peek();
        lastText = null;
        switch (t) {
            case NUMBER -> {
                lastText = in.nextString();
                return here() - lastText.length();
            }
            case STRING -> {
                long at = here() - 1;
                lastText = in.nextString();
                return at;
            }
            case BOOLEAN -> {
                boolean b = in.nextBoolean();
                return here() - (b ? 4 : 5);
            }
            case NULL -> {
                in.nextNull();
                return here() - 4;
            }
            default -> {
                long at = here() - 1;
                in.skipValue();
                return at;
            }
        }
    }

    /** A user-facing name for a token: "a string", "an array", … */
    static String describe(JsonToken t) {
        return switch (t) {
            case BEGIN_OBJECT -> "an object";
            case BEGIN_ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            case NAME -> "a field name";
            case END_OBJECT, END_ARRAY, END_DOCUMENT -> "nothing";
        };
    }
}
