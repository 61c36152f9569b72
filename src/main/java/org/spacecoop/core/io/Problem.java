package org.spacecoop.core.io;

import java.util.Comparator;

/**
 * One thing wrong with a dataset, with the place it was found: file, 1-based line and column (0 when the
 * problem has no place in the file, e.g. an unreadable file) and the JSON path ({@code $.relations[41].to}).
 */
public record Problem(String file, int line, int column, String jsonPath, String message) {

    /** Echoed input is cut to this many characters, so a huge field name cannot flood the output. */
    static final int MAX_PATH = 120;
    static final int MAX_MESSAGE = 600;

    public Problem {
        if (jsonPath != null && jsonPath.length() > MAX_PATH) jsonPath = jsonPath.substring(0, MAX_PATH - 1) + "…";
        if (message != null && message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE - 1) + "…";
    }

    /** Orders problems by their place in the file; problems without a place come first. */
    public static final Comparator<Problem> BY_PLACE =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    /** {@code space-cooperation.json:812:18 $.relations[41].to: unknown entity "cnssa" (did you mean "cnsa"?)} */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line).append(':').append(column);
        if (jsonPath != null && !jsonPath.isEmpty()) sb.append(' ').append(jsonPath);
        return sb.append(": ").append(message).toString();
    }

    /** line:column, or an empty string when the problem has no place. */
    public String location() {
        return line > 0 ? line + ":" + column : "";
    }

    @Override
    public String toString() {
        return format();
    }
}
