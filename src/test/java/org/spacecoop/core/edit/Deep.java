package org.spacecoop.core.edit;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Evidence;

/**
 * Every field of a dataset, deep, as text: the model's records compare by id alone, so tests that need "equal
 * datasets" compare this.
 */
final class Deep {

    private Deep() {
    }

    static String of(Object o) {
        StringBuilder b = new StringBuilder(1 << 16);
        append(b, o);
        return b.toString();
    }

    /** Digests of records already seen: records never change, so each is written out once. */
    private static final Map<Object, byte[]> DIGESTS = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /**
     * A digest of everything {@link #of} shows, to keep many states at little memory: the header and each record's
     * own digest (kept per record object, so a state costs little more than a pass over its lists).
     */
    static String fingerprint(Dataset d) {
        MessageDigest all = sha256();
        all.update(of(List.of(d.formatVersion(), d.title(), String.valueOf(d.asOf()), d.directed(), d.edgeNumbers()))
                .getBytes(StandardCharsets.UTF_8));
        for (List<?> section : List.of(d.sources(), d.entities(), d.relations())) {
            all.update((byte) '|');
            for (Object r : section) all.update(DIGESTS.computeIfAbsent(r, x -> sha256().digest(of(x).getBytes(StandardCharsets.UTF_8))));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder b, Object o) {
        if (o == null) {
            b.append("null");
        } else if (o instanceof Evidence e) {
            b.append("Evidence(");
            append(b, e.passages());
            b.append(',');
            append(b, e.references());
            b.append(')');
        } else if (o instanceof List<?> l) {
            b.append('[');
            for (Object x : l) {
                append(b, x);
                b.append(',');
            }
            b.append(']');
        } else if (o instanceof Map<?, ?> m) {
            b.append(new TreeMap<>(m));
        } else if (o.getClass().isRecord()) {
            b.append(o.getClass().getSimpleName()).append('{');
            try {
                for (RecordComponent c : o.getClass().getRecordComponents()) {
                    b.append(c.getName()).append('=');
                    append(b, c.getAccessor().invoke(o));
                    b.append(';');
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            b.append('}');
        } else if (o instanceof String s) {
            b.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else {
            b.append(o);
        }
    }
}
