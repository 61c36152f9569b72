package org.spacecoop.core.interop;

import java.lang.reflect.Constructor;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * jgrapht's DOT importer reads through ANTLR's unbuffered character stream, which fails while describing a character
 * its lexer rejects (an IllegalArgumentException "-1", no place). When that happens, the same lexer (jgrapht's, not
 * public, hence reflection) runs again over the text in memory to find the character's line and column.
 */
final class DotDiagnosis {

    private DotDiagnosis() {
    }

    /** The located failure of the first character the DOT lexer rejects, or null when it accepts every one. */
    static GraphImportException firstLexerError(String text, String file) {
        try {
            Class<?> type = Class.forName("org.jgrapht.nio.dot.DOTLexer");
            Constructor<?> make = type.getDeclaredConstructor(CharStream.class);
            make.setAccessible(true);
            Lexer lexer = (Lexer) make.newInstance(CharStreams.fromString(text));
            GraphImportException[] found = new GraphImportException[1];
            lexer.removeErrorListeners();
            lexer.addErrorListener(new BaseErrorListener() {
                @Override
                public void syntaxError(Recognizer<?, ?> r, Object symbol, int line, int column, String msg, RecognitionException e) {
                    if (found[0] == null) {
                        String what = msg.length() > 80 ? msg.substring(0, 79) + "…" : msg;
                        found[0] = new GraphImportException(file, line, column + 1, "not valid DOT (Graphviz): " + what, null);
                    }
                }
            });
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF && found[0] == null; t = lexer.nextToken()) {
                // the listener notes the first rejected character
            }
            return found[0];
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // another jgrapht: the failure stays without a place
        }
    }
}
