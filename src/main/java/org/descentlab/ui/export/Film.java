package org.descentlab.ui.export;

import java.util.Collection;
import javafx.scene.layout.Region;

/**
 * What an {@link AnimationJob} films: the window's own views of a run, off screen, brought frame by frame to the
 * states the film shows. Every method runs on the JavaFX thread; the slow part of a frame (training) may run on a
 * worker between {@link #request} and {@link #ready}.
 */
interface Film extends AutoCloseable {

    /** The views to put in the picture; the same node on every call. */
    Region root();

    /** How many frames the film has. */
    int frames();

    /** Starts bringing the run to the state of frame {@code frame} (frames are asked for in order). */
    void request(int frame);

    /** Whether frame {@code frame}, asked for, can be drawn now. */
    boolean ready(int frame);

    /** Draws the views as they stand at frame {@code frame}, ready for the picture. */
    void draw(int frame);

    /** Colours the film's table must hold exactly (24-bit RGB): those of the paths, the classes. */
    Collection<Integer> exactColours();

    /** Stops whatever the film runs (training workers); the views are not drawn again. */
    @Override
    void close();
}
