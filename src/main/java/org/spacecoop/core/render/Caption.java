package org.spacecoop.core.render;

import java.util.List;

/**
 * The text under an exported image: dataset title, the active filter in its text form, the filter's "as of" date,
 * the sources behind the visible edges, and the date the dataset's facts are current to ({@code dataAsOf}). Blank
 * parts are left out.
 */
public record Caption(String title, String filterText, String asOf, List<String> sources, String dataAsOf) {

    public Caption {
        title = title == null ? "" : title;
        filterText = filterText == null ? "" : filterText;
        asOf = asOf == null ? "" : asOf;
        sources = sources == null ? List.of() : List.copyOf(sources);
        dataAsOf = dataAsOf == null ? "" : dataAsOf;
    }

    /** A caption that does not say how current the data is. */
    public Caption(String title, String filterText, String asOf, List<String> sources) {
        this(title, filterText, asOf, sources, "");
    }
}
