package org.spacecoop.core.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * What a crash journal holds: the dataset bytes it was written against and the steps applied, undone and redone
 * since the last save. A last line cut short by the crash is left out ({@link #cutShort}).
 */
public record JournalContents(Path file, String sha256, List<Entry> entries, boolean cutShort) {

    /** One line: "apply" (with its edit), "undo" or "redo", and the step's name. */
    public record Entry(String op, String name, Edit edit) {
    }

    public JournalContents {
        entries = List.copyOf(entries);
    }

    /** Reads a journal; empty when there is none, or it holds no edit. */
    public static Optional<JournalContents> read(Path journal) throws IOException {
        if (!Files.exists(journal)) return Optional.empty();
        byte[] bytes = Files.readAllBytes(journal);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        boolean cutShort = !text.isEmpty() && !text.endsWith("\n");
        if (lines.length < 2) return Optional.empty();
        JsonObject head;
        try {
            head = JsonParser.parseString(lines[0]).getAsJsonObject();
            if (head.get("journal").getAsInt() != EditJournal.VERSION) throw new IOException("journal " + journal + " has another version");
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IOException("not a journal of this app: " + journal, e);
        }
        List<Entry> entries = new ArrayList<>();
        int complete = cutShort ? lines.length - 1 : lines.length;
        for (int i = 1; i < complete; i++) {
            if (lines[i].isEmpty()) continue;
            try {
                JsonObject o = JsonParser.parseString(lines[i]).getAsJsonObject();
                String op = o.get("op").getAsString();
                Edit edit = op.equals("apply") ? EditCodec.decode(o.getAsJsonObject("edit")) : null;
                entries.add(new Entry(op, o.get("name").getAsString(), edit));
            } catch (RuntimeException e) {
                cutShort = true; // a line written half when the process died: what follows it cannot be trusted
                break;
            }
        }
        if (entries.isEmpty()) return Optional.empty();
        return Optional.of(new JournalContents(Path.of(head.get("file").getAsString()), head.get("sha256").getAsString(),
                entries, cutShort));
    }

    /** The names of the edits a restore gives back, oldest first: the steps left applied after the undos and redos. */
    public List<String> unsavedEdits() {
        List<String> done = new ArrayList<>(), undone = new ArrayList<>();
        for (Entry e : entries) {
            switch (e.op()) {
                case "apply" -> {
                    done.add(e.name());
                    undone.clear();
                }
                case "undo" -> {
                    if (!done.isEmpty()) undone.add(done.remove(done.size() - 1));
                }
                default -> {
                    if (!undone.isEmpty()) done.add(undone.remove(undone.size() - 1));
                }
            }
        }
        return done;
    }
}
