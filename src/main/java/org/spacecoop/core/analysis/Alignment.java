package org.spacecoop.core.analysis;

/** Which of the two lunar blocs an entity belongs to. */
public enum Alignment {
    ARTEMIS("Artemis Accords"), ILRS("ILRS"), BOTH("Both"), NEITHER("Neither");

    private final String label;

    Alignment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Alignment of(boolean artemis, boolean ilrs) {
        if (artemis && ilrs) return BOTH;
        if (artemis) return ARTEMIS;
        return ilrs ? ILRS : NEITHER;
    }

    @Override
    public String toString() {
        return label;
    }
}
