package org.spacecoop.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import org.spacecoop.core.model.PartialDate;

/**
 * Reads typed values, remembering where each started ({@link #at}); a value of the wrong type is skipped and
 * reported, and the method returns null, so one bad value never stops the read.
 */
final class ValueReader {

    final Places places;
    final JsonReader in;
    final Problems problems;
    /** Where the value read last started (packed, see {@link Places}; 0 when not locating). */
    long at;

    ValueReader(Places places, Problems problems) {
        this.places = places;
        this.in = places.in;
        this.problems = problems;
    }

    /** A string; null for JSON null (reported unless {@code nullable}) and for other types (reported). */
    String string(boolean nullable) throws IOException {
        JsonToken t = in.peek();
        if (t == JsonToken.STRING) {
            at = places.next();
            return in.nextString();
        }
        at = places.skipValue();
        if (t != JsonToken.NULL) problems.add(at, in.getPreviousPath(), "expected a string, found " + Places.describe(t));
        else if (!nullable) problems.add(at, in.getPreviousPath(), "must not be null");
        return null;
    }

    /** A required, non-blank string. */
    String text() throws IOException {
        String s = string(false);
        if (s != null && s.isBlank()) {
            problems.add(at, in.getPreviousPath(), "must not be empty");
            return null;
        }
        return s;
    }

    /** An id: a string of the id syntax. Invalid ids are reported and returned (so duplicates still count). */
    String id() throws IOException {
        String s = string(false);
        if (s != null && !Ids.valid(s)) problems.add(at, in.getPreviousPath(), Ids.explain(s));
        return s;
    }

    Boolean bool() throws IOException {
        JsonToken t = in.peek();
        if (t == JsonToken.BOOLEAN) {
            boolean b = in.nextBoolean();
            at = places.back(places.here(), b ? 4 : 5);
            return b;
        }
        at = places.skipValue();
        if (t != JsonToken.NULL) problems.add(at, in.getPreviousPath(), "expected true or false, found " + Places.describe(t));
        return null;
    }

    PartialDate date() throws IOException {
        String s = string(true);
        if (s == null) return null;
        PartialDate d = PartialDate.parseOrNull(s);
        if (d == null || !s.equals(s.trim())) {
            problems.add(at, in.getPreviousPath(), "malformed date " + Suggestions.quote(s) + ": expected YYYY, YYYY-MM or YYYY-MM-DD");
            return null;
        }
        return d;
    }

    /** A value of a vocabulary ("agency", "member-of"); unknown words are reported with the nearest one. */
    <E extends Enum<E>> E word(String what, Class<E> type, Function<E, String> idOf,
                              Function<String, Optional<E>> parse) throws IOException {
        String s = string(false);
        if (s == null) return null;
        Optional<E> e = parse.apply(s);
        if (e.isPresent()) return e.get();
        List<String> ids = Arrays.stream(type.getEnumConstants()).map(idOf).filter(x -> !x.equals("other")).toList();
        problems.add(at, in.getPreviousPath(), "unknown " + what + " " + Suggestions.quote(s) + Suggestions.didYouMean(s, ids)
                + "; expected one of: " + String.join(", ", ids));
        return null;
    }

    /** A list of strings (aliases); wrong elements are reported and left out. */
    List<String> strings() throws IOException {
        if (!expect(JsonToken.BEGIN_ARRAY, "an array of strings")) return List.of();
        List<String> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            String s = text();
            if (s != null) out.add(s);
        }
        in.endArray();
        return out;
    }

    /**
     * True when the next value has the expected type; otherwise reports "expected …, found …", skips it and
     * returns false. Records the value's start in {@link #at}.
     */
    boolean expect(JsonToken token, String what) throws IOException {
        JsonToken t = in.peek();
        if (t == token) {
            at = places.next();
            return true;
        }
        at = places.skipValue();
        problems.add(at, in.getPreviousPath(), "expected " + what + ", found " + Places.describe(t));
        return false;
    }

    /** Skips the value of a field this format does not have, reporting it at the field's name. */
    void unknownField(long nameAt, String name, List<String> known) throws IOException {
        problems.add(nameAt, in.getPath(), "unknown field " + Suggestions.quote(name) + Suggestions.didYouMean(name, known)
                + "; expected one of: " + String.join(", ", known));
        places.skipValue();
    }

    /** Reports a field given twice in one object. */
    void duplicateField(long nameAt, String name) {
        problems.add(nameAt, in.getPath(), "field " + Suggestions.quote(name) + " appears twice");
    }
}
