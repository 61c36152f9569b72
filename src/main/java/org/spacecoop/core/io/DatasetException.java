package org.spacecoop.core.io;

import java.util.List;

/** A dataset could not be loaded; carries every problem found, and a message listing them one per line. */
public class DatasetException extends Exception {

    private static final int LISTED = 20;

    private final transient List<Problem> problems;

    public DatasetException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) return "The dataset could not be loaded.";
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size() == 1 ? "The dataset has a problem:" : "The dataset has " + problems.size() + " problems:");
        for (int i = 0; i < Math.min(LISTED, problems.size()); i++) sb.append('\n').append(problems.get(i).format());
        if (problems.size() > LISTED) sb.append("\n… and ").append(problems.size() - LISTED).append(" more");
        return sb.toString();
    }
}
