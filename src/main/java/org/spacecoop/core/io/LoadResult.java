package org.spacecoop.core.io;

import java.util.List;

import org.spacecoop.core.model.Dataset;

/**
 * The outcome of reading a dataset: the dataset when it is valid (null otherwise) and every problem found,
 * ordered by place in the file.
 */
public record LoadResult(Dataset dataset, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
        if (dataset != null && !problems.isEmpty()) throw new IllegalArgumentException("a dataset with problems");
    }

    public boolean ok() {
        return dataset != null;
    }

    /** The dataset, or a {@link DatasetException} listing the problems. */
    public Dataset orThrow() throws DatasetException {
        if (dataset == null) throw new DatasetException(problems);
        return dataset;
    }
}
