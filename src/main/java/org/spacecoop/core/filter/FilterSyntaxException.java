package org.spacecoop.core.filter;

/** A filter text form that cannot be read; the message names the bad clause and value. */
public class FilterSyntaxException extends Exception {

    private final int clause;

    public FilterSyntaxException(String message, int clause) {
        super(message);
        this.clause = clause;
    }

    /** The 1-based number of the bad clause. */
    public int clause() {
        return clause;
    }
}
