package org.spacecoop.ui.analytics;

/** What node colours show. */
public enum ColourBy {
    KIND("Kind"), COMMUNITY("Community"), BLOC("Bloc");

    private final String label;

    ColourBy(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
