package org.spacecoop.core.interop;

import java.io.IOException;
import java.io.Reader;

/**
 * jgrapht-io's GraphML and GEXF importers build their SAX parsers privately with the JDK defaults, which resolve
 * DTDs and external entities (XXE). Entities can only be declared in a document type declaration, and that can
 * only stand in the prolog, before the root element. So the prolog is read first (from the same character stream
 * the parser gets) and any {@code <!DOCTYPE} refused; the stream is then reset for the importer.
 */
final class XmlGuard {

    /** The longest prolog accepted (comments, processing instructions); real files use a few hundred characters. */
    static final int MAX_PROLOG = 1 << 20;

    private XmlGuard() {
    }

    /**
     * Checks the prolog of a mark-supporting reader and resets it to where it was.
     * @throws GraphImportException when the document declares a DTD or the prolog is not XML
     */
    static void checkProlog(Reader in, String file) throws IOException {
        if (!in.markSupported()) throw new IllegalArgumentException("reader must support mark");
        in.mark(MAX_PROLOG + 16);
        try {
            Prolog p = new Prolog(in, file);
            p.scan(file);
        } finally {
            in.reset();
        }
    }

    private static final class Prolog {
        private final Reader in;
        private final String file;
        private int read;
        private int line = 1;
        private int column = 0;

        Prolog(Reader in, String file) {
            this.in = in;
            this.file = file;
        }

        int next() throws IOException {
            int c = in.read();
            if (c < 0) return c;
            if (++read > MAX_PROLOG) {
                throw new GraphImportException(file, line, column, "refused: the XML prolog (what comes before the root element)"
                        + " is longer than " + MAX_PROLOG + " characters", null);
            }
            if (c == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
            return c;
        }

        void scan(String file) throws IOException {
            int c = next();
            if (c == '\uFEFF') c = next();
            while (true) {
                while (c == ' ' || c == '\t' || c == '\r' || c == '\n') c = next();
                if (c < 0) return; // empty document: the parser will say so
                if (c != '<') return; // not XML: the parser will say where
                int l = line;
                int col = column;
                c = next();
                if (c == '?') {
                    skipUntil("?>");
                } else if (c == '!') {
                    int d1 = next();
                    int d2 = next();
                    if (d1 == '-' && d2 == '-') {
                        skipUntil("-->");
                    } else {
                        throw new GraphImportException(file, l, col, "refused: the file declares a document type (<!DOCTYPE …>); "
                                + "DTDs and external entities are not read, for safety", null);
                    }
                } else {
                    return; // the root element: the prolog is over
                }
                c = next();
            }
        }

        private void skipUntil(String end) throws IOException {
            int matched = 0;
            while (matched < end.length()) {
                int c = next();
                if (c < 0) return;
                matched = c == end.charAt(matched) ? matched + 1 : (c == end.charAt(0) ? 1 : 0);
            }
        }
    }
}
