package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spacecoop.core.interop.GraphFileLoader;
import org.spacecoop.core.interop.GraphImportException;

/** Text that is not UTF-8 is reported at its first bad byte: byte offset, line and column, in every kind of file. */
class NotUtf8PlaceTest {

    @TempDir
    Path dir;

    static byte[] bytes(String before, int bad, String after) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        b.write(bad);
        b.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    static String readAll(byte[] data) throws IOException {
        StringWriter out = new StringWriter();
        try (Utf8Reader r = new Utf8Reader(new ByteArrayInputStream(data))) {
            r.transferTo(out);
        }
        return out.toString();
    }

    @Test
    void theReaderNamesOffsetLineAndColumnCountingCharactersNotBytes() {
        // line 2 holds "天宫 " (3 characters, 7 bytes) before the bad byte
        byte[] data = bytes("first line\n天宫 ", 0xE9, "x\n");
        assertThatThrownBy(() -> readAll(data)).isInstanceOfSatisfying(NotUtf8Exception.class, e -> {
            assertThat(e.offset()).isEqualTo(18);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(4);
            assertThat(e.reason()).isEqualTo("not UTF-8 text: byte 0xE9 at byte offset 18 is not valid UTF-8 here; save the file as UTF-8");
        });
    }

    @Test
    void aBadByteFarIntoTheFileAndACharacterCutAtTheEndAreFound() {
        String lines = "abc\n".repeat(50_000); // past the reader's 64 KB buffer
        assertThatThrownBy(() -> readAll(bytes(lines + "ab", 0xFF, ""))).isInstanceOfSatisfying(NotUtf8Exception.class, e -> {
            assertThat(e.offset()).isEqualTo(200_002);
            assertThat(e.line()).isEqualTo(50_001);
            assertThat(e.column()).isEqualTo(3);
        });
        byte[] cut = Arrays.copyOf("ok 天".getBytes(StandardCharsets.UTF_8), 5); // the first 2 of 天's 3 bytes
        assertThatThrownBy(() -> readAll(cut)).isInstanceOfSatisfying(NotUtf8Exception.class, e -> {
            assertThat(e.offset()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(4);
        });
    }

    @Test
    void validTextAndAByteOrderMarkReadAsTheyShould() throws IOException {
        assertThat(readAll("\uFEFFsource,target\n天,宫\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("source,target\n天,宫\n");
        assertThat(readAll("\uFEFF".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Utf8Reader.decode("\uFEFFÉté".getBytes(StandardCharsets.UTF_8))).isEqualTo("Été");
    }

    @Test
    void readingOnAfterTheEndKeepsSayingSo() throws IOException {
        try (Utf8Reader r = new Utf8Reader(new ByteArrayInputStream("ab".getBytes(StandardCharsets.UTF_8)))) {
            char[] buf = new char[8];
            assertThat(r.read(buf, 0, 8)).isEqualTo(2);
            assertThat(r.read(buf, 0, 8)).isEqualTo(-1);
            assertThat(r.read(buf, 0, 8)).isEqualTo(-1);
        }
    }

    @Test
    void ourJsonDatasetNamesThePlace() throws IOException {
        Path json = dir.resolve("d.json");
        Files.write(json, bytes("{\"formatVersion\": 1,\n \"title\": \"Caf", 0xE9, "\",\n \"entities\": [], \"relations\": []}"));
        assertThatThrownBy(() -> DatasetReader.load(json)).isInstanceOfSatisfying(DatasetException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).format()).isEqualTo(
                    "d.json:2:15: not UTF-8 text: byte 0xE9 at byte offset 35 is not valid UTF-8 here; save the file as UTF-8");
        });
    }

    @Test
    void aSourceDocumentNamesThePlace() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.write(dir.resolve("sources/doc.txt"), bytes("Line one.\nThe na", 0xEF, "ve line.\n"));
        Path json = Files.writeString(dir.resolve("d.json"), """
                {"formatVersion": 1, "sources": [{"id": "doc", "title": "Doc", "publisher": "P", "date": "2024",
                  "kind": "news", "file": "doc.txt"}],
                 "entities": [], "relations": []}""");
        assertThatThrownBy(() -> DatasetReader.load(json)).isInstanceOfSatisfying(DatasetException.class, e ->
                assertThat(e.problems().get(0).format()).isEqualTo("d.json:2:27 $.sources[0].file: cannot read source file "
                        + "sources/doc.txt:2:7: not UTF-8 text: byte 0xEF at byte offset 16 is not valid UTF-8 here; save the file as UTF-8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf", "gml", "dot", "csv"})
    void graphFilesNameThePlace(String ext) throws IOException {
        String[] around = switch (ext) {
            case "graphml" -> new String[] {"<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                    + "<graph edgedefault=\"directed\"><node id=\"caf", "\"/></graph></graphml>\n"};
            case "gexf" -> new String[] {"<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
                    + "<graph><nodes><node id=\"caf", "\" label=\"x\"/></nodes></graph></gexf>\n"};
            case "gml" -> new String[] {"graph [\n  node [ id 1 label \"caf", "\" ]\n]\n"};
            case "dot" -> new String[] {"digraph g {\n  \"caf", "\" -> b;\n}\n"};
            default -> new String[] {"source,target\ncaf", ",b\n"};
        };
        Path file = dir.resolve("g." + ext);
        Files.write(file, bytes(around[0], 0xE9, around[1]));
        String firstLines = around[0].substring(0, around[0].lastIndexOf('\n') + 1);
        int line = (int) firstLines.chars().filter(c -> c == '\n').count() + 1;
        int column = around[0].length() - firstLines.length() + 1;
        var loader = new GraphFileLoader(CooperationGraphLoader::load, 1 << 20);
        assertThatThrownBy(() -> loader.load(file)).isInstanceOfSatisfying(GraphImportException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.getMessage()).isEqualTo("g." + ext + ":" + line + ":" + column + ": not UTF-8 text: byte 0xE9 at byte offset "
                    + around[0].length() + " is not valid UTF-8 here; save the file as UTF-8");
        });
    }
}
