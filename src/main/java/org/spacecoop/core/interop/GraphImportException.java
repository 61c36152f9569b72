package org.spacecoop.core.interop;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.SAXParseException;

/**
 * A graph file could not be read. Carries the file name and, when the parser knew it, the 1-based line and
 * column where reading failed (0 otherwise); the message reads {@code file.graphml:12:7: what went wrong}.
 */
public class GraphImportException extends IOException {

    private static final Pattern ANTLR_PLACE = Pattern.compile("line (\\d+):(\\d+)\\s*(.*)", Pattern.DOTALL);

    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public GraphImportException(String file, int line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public GraphImportException(String file, String reason) {
        this(file, 0, 0, reason, null);
    }

    /** Finds the place of the failure in a jgrapht ImportException (SAX line/column or ANTLR "line l:c"). */
    static GraphImportException from(String file, String format, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax && sax.getLineNumber() > 0) {
                return new GraphImportException(file, sax.getLineNumber(), Math.max(sax.getColumnNumber(), 0),
                        "not valid " + format + ": " + sax.getMessage(), e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m == null) continue;
            Matcher place = ANTLR_PLACE.matcher(m);
            if (place.find()) {
                // ANTLR counts columns from 0
                return new GraphImportException(file, Integer.parseInt(place.group(1)), Integer.parseInt(place.group(2)) + 1,
                        "not valid " + format + ": " + place.group(3).trim(), e);
            }
        }
        String m = e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) if (t.getMessage() != null) m = m + ": " + t.getMessage();
        return new GraphImportException(file, 0, 0, "not valid " + format + ": " + m, e);
    }

    /**
     * For a failure the parser gave no place for: when it ran into the end of the file (ANTLR says "line -1:-1" or
     * "&lt;EOF&gt;"), the place is the end of {@code text}; otherwise as {@link #from}.
     */
    static GraphImportException atEnd(String file, String format, String text, Throwable e) {
        GraphImportException plain = from(file, format, e);
        String reason = plain.reason();
        if (!reason.contains("-1:-1") && !reason.contains("<EOF>") && !reason.contains("end of file")) return plain;
        int line = 1, lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new GraphImportException(file, line, text.length() - lineStart + 1,
                "not valid " + format + ": the file ends too early (truncated, or a bracket or quote is not closed)", e);
    }

    private static String format(String file, int line, int column, String reason) {
        return line > 0 ? file + ":" + line + ":" + column + ": " + reason : file + ": " + reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the place. */
    public String reason() {
        return reason;
    }
}
