package org.spacecoop.core.edit;

import java.io.IOException;
import java.nio.file.Path;

/** A save refused because someone else changed or removed the file since it was opened: the user decides. */
public final class ChangedOnDiskException extends IOException {

    private final transient Path path;
    private final DatasetFile.DiskState state;

    ChangedOnDiskException(Path path, DatasetFile.DiskState state) {
        super(path + (state == DatasetFile.DiskState.MISSING ? " was removed" : " was changed by another program")
                + " since it was opened: save over it, or reload it");
        this.path = path;
        this.state = state;
    }

    public Path path() {
        return path;
    }

    public DatasetFile.DiskState state() {
        return state;
    }
}
