package org.spacecoop.core.edit;

/** Told of every change of a document, after it is made, on the thread that made it. */
@FunctionalInterface
public interface DocumentListener {
    void changed(DocumentChange change);
}
