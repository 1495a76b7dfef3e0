package org.descentlab.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.descentlab.ui.WindowPlacement.Area;
import org.descentlab.ui.WindowPlacement.Placement;

/**
 * Puts the app's stage where {@link WindowPlacement} says, given the screens of the moment and {@link WindowMemory},
 * follows where the user then moves it, and remembers that when the app stops.
 */
final class StagePlacement {

    /**
     * How long after showing the window a shrink to its least size is taken for the window system's doing, not the
     * user's.
     */
    private static final long SETTLING_NANOS = 3_000_000_000L;

    private final Stage stage;
    private final WindowMemory memory;
    /** The window's bounds when last neither maximised nor minimised: what is remembered with the maximised flag. */
    private Area normalBounds;
    private long shownAt;
    private boolean askedAgain;

    StagePlacement(Stage stage, WindowMemory memory) {
        this.stage = stage;
        this.memory = memory;
    }

    /** Sizes and places the stage before it is shown, and follows its bounds from then on. */
    void place() {
        Area primary = area(Screen.getPrimary().getVisualBounds());
        List<Area> screens = Screen.getScreens().stream().map(s -> area(s.getVisualBounds())).toList();
        Placement placement = WindowPlacement.place(memory.load(), primary, screens);
        Area least = WindowPlacement.minimumSize(primary);
        stage.setMinWidth(least.width());
        stage.setMinHeight(least.height());
        Area asked = placement.bounds();
        normalBounds = asked;
        setBounds(asked);
        stage.setMaximized(placement.maximised());
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> shownAt = System.nanoTime());
        InvalidationListener moved = o -> Platform.runLater(() -> follow(asked));
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
    }

    /**
     * Takes the stage's bounds for the ones to remember. Run later than the change, not at once: some window systems
     * report a maximised window's new bounds before the flag, and those must not be taken for the size to go back to.
     */
    private void follow(Area asked) {
        if (!stage.isShowing() || stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        boolean settling = System.nanoTime() - shownAt < SETTLING_NANOS;
        boolean atLeast = stage.getWidth() <= stage.getMinWidth() + 1 && stage.getHeight() <= stage.getMinHeight() + 1;
        boolean smallerThanAsked = asked.width() > stage.getWidth() + 1 || asked.height() > stage.getHeight() + 1;
        boolean shrunkToLeast = atLeast && smallerThanAsked;
        if (settling && shrunkToLeast && !askedAgain) {
            // Seen with JavaFX 21 on Linux under openbox (and in the app before this class): as the window manager adds
            // its frame, a new window is shrunk to its least size. Asking once more for the size keeps it.
            askedAgain = true;
            setBounds(asked);
            return;
        }
        normalBounds = new Area(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    /** Keeps where the window is for the next start. */
    void remember() {
        memory.save(new Placement(normalBounds, stage.isMaximized()));
    }

    private void setBounds(Area bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
    }

    private static Area area(Rectangle2D r) {
        return new Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
