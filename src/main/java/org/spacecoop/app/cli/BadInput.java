package org.spacecoop.app.cli;

/** Input a command cannot work with (unreadable data, unknown id): reported on stderr, exit code 1. */
public class BadInput extends Exception {

    public BadInput(String message) {
        super(message);
    }

    public BadInput(String message, Throwable cause) {
        super(message, cause);
    }
}
