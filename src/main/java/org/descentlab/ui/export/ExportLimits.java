package org.descentlab.ui.export;

import java.util.List;
import org.descentlab.core.scene.Limit;

/**
 * The declared limits of pictures and animations, for the Save animation dialog and the {@code render} command alike.
 * Frame rates stop at 50 per second: a GIF counts delays in hundredths of a second, and browsers slow down frames
 * shorter than two. The picture's side in pixels (size × scale) stops at {@link #MAX_PIXELS}.
 */
public final class ExportLimits {

    /** Width of a picture or animation, in screen pixels (before {@link #SCALE}). */
    public static final Limit WIDTH = new Limit("width", "Width", "--size", 640, 100, 3840, true);
    /** Height of a picture or animation, in screen pixels (before {@link #SCALE}). */
    public static final Limit HEIGHT = new Limit("height", "Height", "--size", 480, 100, 2160, true);
    /** Frames per second of an animation. */
    public static final Limit FPS = new Limit("fps", "Frames per second", "--fps", 25, 1, 50, true);
    /** Pixels per screen pixel: 2 gives a picture sharp on a projector or in print. */
    public static final Limit SCALE = new Limit("scale", "Scale", "--scale", 1, 1, 4, false);
    /** Frames of one animation: a minute at 50 frames per second. */
    public static final Limit FRAMES = new Limit("frames", "Frames", "", 250, 1, 3000, true);
    /** The most pixels a picture may have along either side, scale included. */
    public static final int MAX_PIXELS = 8192;
    /**
     * Seconds over which a network trained as fast as possible (no speed limit) is shown at most: one epoch per frame
     * when it has fewer epochs than that many frames, more per frame otherwise.
     */
    public static final double FAST_TRAINING_SECONDS = 10;

    private ExportLimits() {
    }

    /** Every declared limit, for listings and tests. */
    public static List<Limit> all() {
        return List.of(WIDTH, HEIGHT, FPS, SCALE, FRAMES);
    }

    /**
     * The frames of a race of {@code steps} steps played at {@code stepsPerSecond}, as the window plays it, at
     * {@code fps}: one for the start and one per frame time after it, at most {@link #FRAMES}.
     */
    public static int raceFrames(int steps, double stepsPerSecond, double fps) {
        return frames(steps / stepsPerSecond * fps);
    }

    /**
     * The frames of {@code epochs} epochs of training at {@code fps}: at the speed limit when there is one (in epochs
     * per second), otherwise one epoch per frame over {@link #FAST_TRAINING_SECONDS} at most.
     */
    public static int trainingFrames(int epochs, double speedLimit, double fps) {
        double frames = speedLimit > 0 ? epochs / speedLimit * fps : Math.min(epochs, FAST_TRAINING_SECONDS * fps);
        return frames(frames);
    }

    private static int frames(double afterTheFirst) {
        return (int) Math.min(FRAMES.max(), Math.max(1, Math.round(afterTheFirst) + 1));
    }

    /**
     * The step (or epoch) frame {@code frame} shows, of {@code frames}, in a film of {@code length} steps: the first
     * shows the start, the last the end, the others evenly between. A film of one frame shows the end.
     */
    public static int stepAt(int frame, int frames, int length) {
        return frames <= 1 ? length : (int) Math.round((double) frame * length / (frames - 1));
    }
}
