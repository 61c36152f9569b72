package org.spacecoop.core.interop;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
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
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/** Adds GEXF viz:position elements to the nodes of a GEXF document, streaming it through StAX. */
final class GexfViz {

    static final String VIZ_NS = "http://www.gexf.net/1.2draft/viz";

    private GexfViz() {
    }

    /** Copies the document to {@code out}, giving each node whose id is in {@code positions} a viz:position. */
    static void addPositions(String gexf, Map<String, double[]> positions, Writer out) throws IOException {
        XMLInputFactory in = XMLInputFactory.newFactory();
        in.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        in.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLEventFactory ev = XMLEventFactory.newFactory();
        try {
            XMLEventReader r = in.createXMLEventReader(new StringReader(gexf));
            XMLEventWriter w = XMLOutputFactory.newFactory().createXMLEventWriter(out);
            boolean root = true;
            while (r.hasNext()) {
                XMLEvent e = r.nextEvent();
                if (e.isStartElement()) {
                    StartElement s = e.asStartElement();
                    if (root && !positions.isEmpty()) {
                        root = false;
                        var ns = new java.util.ArrayList<javax.xml.stream.events.Namespace>();
                        s.getNamespaces().forEachRemaining(ns::add);
                        ns.add(ev.createNamespace("viz", VIZ_NS));
                        var attrs = new java.util.ArrayList<Attribute>();
                        s.getAttributes().forEachRemaining(attrs::add);
                        w.add(ev.createStartElement(s.getName(), attrs.iterator(), ns.iterator()));
                        continue;
                    }
                    root = false;
                    w.add(e);
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
        } catch (XMLStreamException e) {
            throw new IOException("Could not add positions to GEXF: " + e.getMessage(), e);
        }
    }
}
