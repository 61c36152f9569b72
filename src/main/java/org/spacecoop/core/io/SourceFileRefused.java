package org.spacecoop.core.io;

import java.io.IOException;

/** A source document that is there but must not be read: its message says why ("refused: …"). */
public final class SourceFileRefused extends IOException {

    public SourceFileRefused(String reason) {
        super(reason);
    }
}
