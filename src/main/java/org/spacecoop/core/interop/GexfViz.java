package org.spacecoop.core.interop;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * Adds GEXF viz:position elements to the nodes of a GEXF document, streaming it through StAX. The StAX writer
 * writes line breaks and tabs in attribute values as they are, and a reader turns them into spaces (XML's
 * attribute normalisation): they pass through as private-use markers that the output turns into character
 * references, so a multi-line value (a relation's quotes) keeps its lines.
 */
final class GexfViz {

    static final String VIZ_NS = "http://www.gexf.net/1.2draft/viz";

    private static final String BREAKS = "\n\r\t";
    /** Added to a break's code to mark it: U+E00A, U+E00D, U+E009. */
    private static final char MARK = '\uE000';

    private GexfViz() {
    }

    /** The element with the breaks in its attribute values marked, or itself when there are none. */
    private static XMLEvent markBreaks(StartElement s, XMLEventFactory ev) {
        var attrs = new ArrayList<Attribute>();
        boolean changed = false;
        for (var it = s.getAttributes(); it.hasNext(); ) {
            Attribute a = it.next();
            String v = a.getValue();
            if (v.chars().anyMatch(c -> BREAKS.indexOf(c) >= 0)) {
                StringBuilder b = new StringBuilder(v.length());
                for (char c : v.toCharArray()) b.append(BREAKS.indexOf(c) >= 0 ? (char) (MARK + c) : c);
                a = ev.createAttribute(a.getName(), b.toString());
                changed = true;
            }
            attrs.add(a);
        }
        return changed ? ev.createStartElement(s.getName(), attrs.iterator(), s.getNamespaces()) : s;
    }

    /** Writes marked breaks as character references. */
    private static final class MarkedBreaks extends FilterWriter {
        MarkedBreaks(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (c > MARK && c - MARK < 32 && BREAKS.indexOf(c - MARK) >= 0) out.write("&#" + (c - MARK) + ";");
            else out.write(c);
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            write(new String(cbuf, off, len), 0, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            int run = off;
            for (int i = off; i < off + len; i++) {
                char c = str.charAt(i);
                if (c > MARK && c - MARK < 32) {
                    out.write(str, run, i - run);
                    write(c);
                    run = i + 1;
                }
            }
            out.write(str, run, off + len - run);
        }
    }

    /** Copies the document to {@code out}, giving each node whose id is in {@code positions} a viz:position. */
    static void addPositions(String gexf, Map<String, double[]> positions, Writer out) throws IOException {
        XMLInputFactory in = XMLInputFactory.newFactory();
        in.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        in.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLEventFactory ev = XMLEventFactory.newFactory();
        try {
            XMLEventReader r = in.createXMLEventReader(new StringReader(gexf));
            boolean mark = BREAKS.chars().noneMatch(c -> gexf.indexOf(MARK + c) >= 0);
            Writer target = mark ? new MarkedBreaks(out) : out;
            XMLEventWriter w = XMLOutputFactory.newFactory().createXMLEventWriter(target);
            boolean root = true;
            while (r.hasNext()) {
                XMLEvent e = r.nextEvent();
                if (e.isStartElement()) {
                    StartElement s = e.asStartElement();
                    if (root && !positions.isEmpty()) {
                        root = false;
                        var ns = new ArrayList<Namespace>();
                        s.getNamespaces().forEachRemaining(ns::add);
                        ns.add(ev.createNamespace("viz", VIZ_NS));
                        var attrs = new ArrayList<Attribute>();
                        s.getAttributes().forEachRemaining(attrs::add);
                        w.add(ev.createStartElement(s.getName(), attrs.iterator(), ns.iterator()));
                        continue;
                    }
                    root = false;
                    w.add(mark ? markBreaks(s, ev) : e);
                    if (s.getName().getLocalPart().equals("node")) {
                        Attribute id = s.getAttributeByName(new QName("id"));
                        double[] p = id == null ? null : positions.get(id.getValue());
                        if (p != null) {
                            QName pos = new QName(VIZ_NS, "position", "viz");
                            w.add(ev.createStartElement(pos, List.of(
                                    ev.createAttribute("x", Double.toString(p[0])),
                                    ev.createAttribute("y", Double.toString(-p[1])), // GEXF y points up
                                    ev.createAttribute("z", "0.0")).iterator(), null));
                            w.add(ev.createEndElement(pos, null));
                        }
                    }
                } else {
                    w.add(e);
                }
            }
            w.flush();
            target.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Could not add positions to GEXF: " + e.getMessage(), e);
        }
    }
}
