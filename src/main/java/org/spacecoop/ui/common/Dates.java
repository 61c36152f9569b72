package org.spacecoop.ui.common;

import org.spacecoop.core.model.PartialDate;

/** Date ranges as shown to people: "2019–2024", "since 2021", "until 2010". */
public final class Dates {

    private Dates() {
    }

    public static String range(PartialDate start, PartialDate end) {
        if (start == null && end == null) return null;
        if (end == null) return "since " + start;
        if (start == null) return "until " + end;
        if (start.equals(end)) return start.toString();
        return start + "–" + end;
    }
}
