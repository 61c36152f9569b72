package org.spacecoop.core.interop;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds, after jgrapht's GEXF importer failed without saying where (it fails with a NullPointerException on an
 * attribute value no {@code <attribute>} declares), the place of such a value.
 */
final class GexfCheck {

    private GexfCheck() {
    }

    /** Throws a located {@link GraphImportException} for the first undeclared attribute value; returns if there is none. */
    static void attributesDeclared(String text, String file) throws GraphImportException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Set<String> declared = new HashSet<>();
        try {
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(text));
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
                String name = r.getLocalName();
                if (name.equals("attribute")) {
                    String id = r.getAttributeValue(null, "id");
                    if (id != null) declared.add(id);
                } else if (name.equals("attvalue")) {
                    String key = r.getAttributeValue(null, "for");
                    if (key == null) key = r.getAttributeValue(null, "id");
                    if (key != null && !declared.contains(key)) {
                        throw new GraphImportException(file, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(),
                                "not valid GEXF: a value for attribute \"" + shorten(key) + "\", which no <attribute> declares", null);
                    }
                }
            }
        } catch (XMLStreamException e) {
            var at = e.getLocation();
            if (at != null && at.getLineNumber() > 0) {
                throw new GraphImportException(file, at.getLineNumber(), Math.max(at.getColumnNumber(), 1), "not valid GEXF: "
                        + shorten(e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "")), e);
            }
        }
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
