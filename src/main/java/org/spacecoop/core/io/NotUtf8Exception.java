package org.spacecoop.core.io;

import java.nio.charset.CharacterCodingException;
import java.util.Locale;

/**
 * Text that is not valid UTF-8, with the place of the first bad byte: its offset in the file (from 0), and the
 * 1-based line and column (in characters) where it stands.
 */
public final class NotUtf8Exception extends CharacterCodingException {

    private final long offset;
    private final int line;
    private final int column;
    private final int badByte;

    public NotUtf8Exception(long offset, int line, int column, int badByte) {
        this.offset = offset;
        this.line = line;
        this.column = column;
        this.badByte = badByte;
    }

    public long offset() {
        return offset;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the line and column (which callers put in front, as file:line:column). */
    public String reason() {
        return String.format(Locale.ROOT, "not UTF-8 text: byte 0x%02X at byte offset %d is not valid UTF-8 here;"
                + " save the file as UTF-8", badByte, offset);
    }

    @Override
    public String getMessage() {
        return "line " + line + ", column " + column + ": " + reason();
    }
}
