package org.spacecoop.core.io;

import java.io.IOException;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Where the values of a Gson {@link JsonReader} start. Gson's public API has no line/column getter, only
 * {@code toString()} ("JsonReader at line N column M path …", the same text its exceptions carry), and building
 * and parsing that string for every value costs several times the parse. So a reader {@link #locating locates}
 * only when asked: {@link DatasetReader#load} reads a file once without places and, only when that read found
 * problems, a second time with them.
 * <p>
 * A place is packed into a long: line in the high half, column in the low half, both 1-based; 0 is "no place".
 */
final class Places {

    final JsonReader in;
    /** Whether places are worked out; when not, every place is 0. */
    final boolean locating;

    Places(JsonReader in, boolean locating) {
        this.in = in;
        this.locating = locating;
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    static int line(long place) {
        return (int) (place >>> 32);
    }

    static int column(long place) {
        return (int) place;
    }

    /** The place just after what the reader has consumed (peeking consumes a value's first character). */
    long here() {
        return locating ? parse(in.toString()) : 0;
    }

    /** Parses "... at line N column M path ..."; 0 when the text has no place. */
    static long parse(String location) {
        int l = location.indexOf(" line ");
        int c = location.indexOf(" column ", l);
        if (l < 0 || c < 0) return 0;
        int line = Integer.parseInt(location, l + 6, c, 10);
        int end = c + 8;
        while (end < location.length() && Character.isDigit(location.charAt(end))) end++;
        return pack(line, Integer.parseInt(location, c + 8, end, 10));
    }

    /** {@code place} moved back by {@code columns} on its line (0 stays 0). */
    long back(long place, int columns) {
        return place == 0 ? 0 : place - columns;
    }

    /**
     * Where the next value or name starts; valid for strings, names, objects and arrays, whose first character
     * peek() has consumed. Numbers and literals are located by {@link #skipValue()} instead.
     */
    long next() throws IOException {
        if (!locating) return 0;
        in.peek();
        return back(here(), 1);
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
                return back(here(), lastText.length());
            }
            case STRING -> {
                long at = next();
                lastText = in.nextString();
                return at;
            }
            case BOOLEAN -> {
                boolean b = in.nextBoolean();
                return back(here(), b ? 4 : 5);
            }
            case NULL -> {
                in.nextNull();
                return back(here(), 4);
            }
            default -> {
                long at = next();
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
