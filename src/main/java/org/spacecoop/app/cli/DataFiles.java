package org.spacecoop.app.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.spacecoop.core.interop.GraphFileLoader;
import org.spacecoop.core.interop.GraphImportException;
import org.spacecoop.core.io.CooperationGraphLoader;
import org.spacecoop.core.io.DatasetException;

/** Opens the DATA argument: our JSON dataset or any graph file the explorer imports (GraphML, GEXF, GML, DOT, CSV). */
final class DataFiles {

    private DataFiles() {
    }

    static GraphFileLoader loader() {
        return new GraphFileLoader(CooperationGraphLoader::load);
    }

    /** Loads the file; every failure becomes a {@link BadInput} whose message names the file and place. */
    static GraphFileLoader.Loaded load(Path data) throws BadInput {
        try {
            return loader().load(data);
        } catch (DatasetException e) {
            throw new BadInput(e.getMessage(), e);
        } catch (GraphImportException e) {
            throw new BadInput(e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInput(data + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new BadInput(data + ": " + e, e);
        }
    }
}
