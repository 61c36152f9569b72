package org.spacecoop.core.render;

import java.util.List;

/**
 * The text under an exported image: dataset title, the active filter in its text form, the "as of" date, and
 * the sources behind the visible edges. Blank parts are left out.
 */
public record Caption(String title, String filterText, String asOf, List<String> sources) {

    public Caption {
        title = title == null ? "" : title;
        filterText = filterText == null ? "" : filterText;
        asOf = asOf == null ? "" : asOf;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
