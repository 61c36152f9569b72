package org.spacecoop.core.interop;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;

/** GML text is 7-bit ASCII; other characters, quotes and ampersands travel as HTML character entities. */
final class Gml {

    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|quot|amp|lt|gt|apos);");

    private Gml() {
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> {
            if (cp == '&') b.append("&amp;");
            else if (cp == '"') b.append("&quot;");
            else if (cp < 32 || cp > 126) b.append("&#").append(cp).append(';');
            else b.appendCodePoint(cp);
        });
        return b.toString();
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String rep = switch (name) {
                case "quot" -> "\"";
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "apos" -> "'";
                default -> {
                    int cp = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                    yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
                }
            };
            m.appendReplacement(b, Matcher.quoteReplacement(rep));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * jgrapht writes an empty graph label and no {@code multigraph} flag; networkx refuses parallel edges
     * without it. Fills in the title and declares the graph a multigraph.
     */
    static String completeHeader(String gml, String title) {
        String label = "\tlabel \"\"\n";
        int at = gml.indexOf(label);
        if (at < 0) return gml;
        String header = "\tlabel \"" + escape(title == null ? "" : title) + "\"\n\tmultigraph 1\n";
        return gml.substring(0, at) + header + gml.substring(at + label.length());
    }

    static Map<String, Attribute> asciiAttributes(Map<String, Attribute> in) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, v.getType() == AttributeType.STRING ? DefaultAttribute.createAttribute(escape(v.getValue())) : v));
        return out;
    }
}
