package org.descentlab.ui.surface;

import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.descentlab.core.descent.Walker;

/**
 * Which step of the race the views show: the newest one (live), or an earlier one chosen on the timeline. The race
 * keeps every step it took, so looking back costs nothing and changes nothing: the scrubber is a view of the history.
 *
 * <p>Choosing an earlier step pauses the race (it would otherwise run on, unseen). Play, or any restart, snaps the
 * view back to live: the race goes on from where it really is, not from the step on show. Step, while an earlier step
 * is on show, shows the next recorded step; at the newest one it takes a real step.
 */
public final class Replay {

    /** The view step that means "the newest step". */
    public static final int LIVE = -1;

    private final ReadOnlyIntegerWrapper viewStep = new ReadOnlyIntegerWrapper(LIVE);
    private final IntSupplier clock;
    private final Runnable pause;

    /**
     * @param clock the race's clock (steps since its last restart)
     * @param pause pauses the race
     */
    Replay(IntSupplier clock, Runnable pause) {
        this.clock = clock;
        this.pause = pause;
    }

    /** The step on show, or {@link #LIVE}: views redraw when it changes. */
    public ReadOnlyIntegerProperty viewStepProperty() {
        return viewStep.getReadOnlyProperty();
    }

    /** Whether the views show the newest step. */
    public boolean live() {
        return viewStep.get() == LIVE;
    }

    /** The race step on show: the clock when live. */
    public int shownStep() {
        return live() ? clock.getAsInt() : viewStep.get();
    }

    /**
     * Shows race step {@code step}: an earlier one pauses the race; the clock or beyond is live again. Steps before 0
     * show step 0.
     */
    public void show(int step) {
        if (step >= clock.getAsInt()) {
            goLive();
            return;
        }
        pause.run();
        viewStep.set(Math.max(0, step));
    }

    /** Back to the newest step. */
    public void goLive() {
        viewStep.set(LIVE);
    }

    /** One step later (live at the newest). */
    public void forward() {
        show(shownStep() + 1);
    }

    /** One step earlier (step 0 stays). */
    public void back() {
        show(shownStep() - 1);
    }

    /** The race moved or restarted: a view step the race no longer has (after a restart) is live again. */
    void clockChanged() {
        if (!live() && viewStep.get() >= clock.getAsInt()) {
            goLive();
        }
    }

    /** The step of {@code walker}'s path on show: a walker that stopped early shows its last point. */
    public int stepOf(Walker walker) {
        int last = walker.currentStep();
        return live() ? last : Math.min(viewStep.get(), last);
    }
}
