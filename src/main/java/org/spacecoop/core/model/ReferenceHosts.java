package org.spacecoop.core.model;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The web hosts that references point to, with how often, so that weak hosts (mirrors, scrapers, aggregators) stand
 * out. {@code sole} counts the relations whose only evidence lies on that host (no passage, no other host).
 */
public final class ReferenceHosts {

    /** One host: the references on it (entities' and relations'), and the relations that rest on it alone. */
    public record Host(String host, int references, int sole) {
    }

    private ReferenceHosts() {
    }

    /** The hosts, most referenced first (then by name). */
    public static List<Host> count(Iterable<Entity> entities, Iterable<Relation> relations) {
        Map<String, int[]> counts = new HashMap<>();
        for (Entity e : entities) {
            for (Reference r : e.evidence().references()) counts.computeIfAbsent(host(r.url()), h -> new int[2])[0]++;
        }
        for (Relation rel : relations) {
            Set<String> hosts = new HashSet<>();
            for (Reference r : rel.evidence().references()) {
                String h = host(r.url());
                hosts.add(h);
                counts.computeIfAbsent(h, x -> new int[2])[0]++;
            }
            if (hosts.size() == 1 && rel.evidence().passages().isEmpty()) counts.get(hosts.iterator().next())[1]++;
        }
        List<Host> out = new ArrayList<>();
        counts.forEach((h, c) -> out.add(new Host(h, c[0], c[1])));
        out.sort(Comparator.comparingInt((Host h) -> -h.references()).thenComparing(Host::host));
        return out;
    }

    /** The host of a URL in lower case without a leading "www."; "(no host)" when the URL has none. */
    public static String host(String url) {
        String h = null;
        try {
            h = URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            // a URL that URI refuses (a space, a bracket) still names its host: take it by hand below
        }
        if (h == null) {
            int start = url.indexOf("://");
            if (start >= 0) {
                String rest = url.substring(start + 3);
                int end = 0;
                while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) end++;
                h = rest.substring(0, end).replaceFirst("^[^@]*@", "").replaceFirst(":\\d+$", "");
            }
        }
        if (h == null || h.isEmpty()) return "(no host)";
        h = h.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1); // "cnes.fr." is cnes.fr
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
