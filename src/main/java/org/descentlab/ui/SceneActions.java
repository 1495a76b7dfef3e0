package org.descentlab.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the File menu (and a file dropped on the window) does with scene files ({@code .dlab.json}): read one and
 * apply it to the tabs, or write the tabs' setups into one. {@link MainWindow} owns the choosers, the status line and
 * the recent list; an implementation only reads, applies and writes.
 */
public interface SceneActions {

    /**
     * Reads {@code file} and applies it to the tabs.
     *
     * @return why it could not be opened, in words for a student, or empty when it was applied (nothing changes on
     *     failure)
     */
    Optional<String> open(Path file);

    /**
     * Writes the tabs' setups into {@code file}.
     *
     * @return why it could not be saved, in words for a student, or empty when it was written
     */
    Optional<String> save(Path file);
}
