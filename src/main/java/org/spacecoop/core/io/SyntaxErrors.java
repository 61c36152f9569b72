package org.spacecoop.core.io;

import java.io.EOFException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Gson's parse exceptions into problems with the parser's line, column and path, in plain words. */
final class SyntaxErrors {

    private static final Pattern WHERE = Pattern.compile("(?s)^(.*?) at line (\\d+) column (\\d+) path (\\S*).*$");

    private SyntaxErrors() {
    }

    static Problem toProblem(String file, Exception e, boolean started) {
        if (e instanceof NotUtf8Exception bad) return new Problem(file, bad.line(), bad.column(), "", bad.reason());
        if (e instanceof CharacterCodingException) {
            return new Problem(file, 0, 0, "", "the file is not UTF-8 text");
        }
        String raw = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = WHERE.matcher(raw);
        if (!m.matches()) return new Problem(file, 0, 0, "", "cannot read the file: " + firstLine(raw));
        int line = Integer.parseInt(m.group(2));
        int column = Integer.parseInt(m.group(3));
        String path = m.group(4);
        String what = m.group(1);
        String message;
        if (e instanceof EOFException || what.startsWith("Unterminated string")) {
            // strict JSON strings cannot span lines, so an unclosed string always runs into the end of the file
            message = !started ? "empty file: expected a JSON object {…}"
                    : "unexpected end of file: the file is truncated or a closing bracket is missing";
        } else {
            message = "malformed JSON: " + explain(what);
            // Gson reports the place after the character it rejected; point at the character itself
            if (column > 1) column--;
        }
        return new Problem(file, line, column, path, message);
    }

    private static String explain(String gson) {
        if (gson.startsWith("Expected value")) return "a value is expected here";
        if (gson.startsWith("Expected name")) return "a field name in double quotes is expected here";
        if (gson.startsWith("Expected ':'")) return "':' is expected after a field name";
        if (gson.startsWith("Unterminated object")) return "',' or '}' is expected here";
        if (gson.startsWith("Unterminated array")) return "',' or ']' is expected here";
        if (gson.startsWith("Unterminated escape") || gson.startsWith("Malformed Unicode escape")
                || gson.startsWith("Invalid escape")) return "a bad escape sequence in a string";
        if (gson.startsWith("Unescaped control characters")) return "a line break or control character inside a string must be escaped (\\n)";
        if (gson.contains("Strictness.LENIENT")) {
            return "unexpected character (a trailing comma, a comment, or a string without double quotes?)";
        }
        if (gson.startsWith("Expected ")) return gson.toLowerCase(Locale.ROOT);
        return firstLine(gson);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
