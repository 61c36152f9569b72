package org.spacecoop.core.files;

import java.io.IOException;
import java.nio.file.Path;

/** A file could not be written; the message says why in words a user understands and names the path. */
public class FileWriteException extends IOException {

    private final transient Path path;

    public FileWriteException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    public FileWriteException(Path path, String message) {
        this(path, message, null);
    }

    /** The file that was to be written. */
    public Path path() {
        return path;
    }
}
