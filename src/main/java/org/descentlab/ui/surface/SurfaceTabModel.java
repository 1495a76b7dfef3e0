package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.descentlab.core.descent.LearningRateTuner;
import org.descentlab.core.descent.Race;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.scene.InsightSetup;
import org.descentlab.core.scene.OptimizerCopy;
import org.descentlab.core.scene.OptimizerSetup;
import org.descentlab.core.scene.RaceLayout;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.core.scene.SurfacesScene;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;

/**
 * The state of the surface tab, without any node: which surface, which optimizers with which settings, the extra
 * copies of optimizers (each with its own settings and maybe its own start), the start point, the race and its clock.
 * Views bind to its properties; everything runs on the JavaFX thread, and nothing here needs the toolkit, so it is
 * tested as plain code.
 */
public final class SurfaceTabModel {

    /** How the race is drawn. */
    public enum Layout { OVERLAY, SIDE_BY_SIDE }

    /** The optimizers ticked when the tab opens. */
    public static final Set<String> ENABLED_AT_START = SurfacesScene.ENABLED_AT_START;
    /** Steps over which each learning rate is tuned when a surface is chosen. */
    public static final int TUNING_STEPS = SurfacesScene.TUNING_STEPS;
    /** Most steps one frame may take, so that a stalled frame does not turn into a burst. */
    public static final int MAX_STEPS_PER_FRAME = 100;

    private final ReadOnlyObjectWrapper<Surface> surface = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Point> start = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final DoubleProperty stepsPerSecond = new SimpleDoubleProperty(100);
    private final IntegerProperty maxSteps = new SimpleIntegerProperty(1000);
    private final DoubleProperty noise = new SimpleDoubleProperty(0);
    private final BooleanProperty linkLearningRates = new SimpleBooleanProperty();
    private final BooleanProperty restartOnChange = new SimpleBooleanProperty();
    private final BooleanProperty showInsides = new SimpleBooleanProperty();
    private final BooleanProperty logColourScale = new SimpleBooleanProperty();
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(Layout.OVERLAY);
    private final ReadOnlyObjectWrapper<Schedule> schedule = new ReadOnlyObjectWrapper<>(Schedule.CONSTANT);
    private final ReadOnlyIntegerWrapper clock = new ReadOnlyIntegerWrapper();
    private final LongProperty revision = new SimpleLongProperty();
    private final Racers racers = new Racers();
    private final List<OptimizerSlot> slots = racers.slots();
    private final ObservableList<OptimizerSlot> copies = racers.copies();
    private final Replay replay = new Replay(() -> this.race.clock(), () -> this.playing.set(false));
    private final GhostPaths ghosts = new GhostPaths();
    private Race race;
    private long noiseSeed;
    /** The insight views' settings (sweep, basins, curvature, ghosts): saved and applied with the scene. */
    private final ObjectProperty<InsightSetup> insight = new SimpleObjectProperty<>(InsightSetup.defaults());
    /** The curvature switch, kept equal to {@link #insight}'s (see {@link #keepInsightSwitches}). */
    private final BooleanProperty showCurvature = new SimpleBooleanProperty(insight.get().showCurvature());
    private double dueSteps;
    private long lastFrame = -1;

    /** Opens on Rosenbrock's valley with the default optimizers ticked. */
    public SurfaceTabModel() {
        for (OptimizerSlot slot : slots) {
            slot.enabledProperty().set(ENABLED_AT_START.contains(slot.type().id()));
            slot.enabledProperty().addListener((o, was, is) -> enable(slot, is));
        }
        noise.addListener((o, was, is) -> {
            race.setNoise(is.doubleValue());
            changed();
        });
        maxSteps.addListener((o, was, is) -> {
            race.setMaxSteps(is.intValue());
            changed();
        });
        playing.addListener((o, was, is) -> {
            lastFrame = -1;
            if (is) {
                replay.goLive(); // the race goes on from where it is, and the view with it
            }
        });
        replay.viewStepProperty().addListener((o, was, is) -> changed());
        keepInsightSwitches();
        ghosts.revisionProperty().addListener((o, was, is) -> changed());
        showCurvature.addListener((o, was, is) -> changed());
        setSurface(SurfaceRegistry.find("rosenbrock").orElseThrow());
    }

    /**
     * Keeps the curvature and ghost switches and the insight settings equal both ways: a switch flipped makes a new
     * insight value (the scene saves it), and a new value (a scene applied, another view's change) sets the switches.
     */
    private void keepInsightSwitches() {
        ghosts.shownProperty().set(insight.get().showGhosts());
        insight.addListener((o, was, is) -> {
            showCurvature.set(is.showCurvature());
            ghosts.shownProperty().set(is.showGhosts());
        });
        Runnable write = () -> {
            var now = insight.get();
            if (now.showCurvature() != showCurvature.get() || now.showGhosts() != ghosts.shownProperty().get()) {
                insight.set(now.withViews(showCurvature.get(), ghosts.shownProperty().get(), now.showSweep(),
                        now.showBasins()));
            }
        };
        showCurvature.addListener((o, was, is) -> write.run());
        ghosts.shownProperty().addListener((o, was, is) -> write.run());
    }

    /**
     * Switches to {@code newSurface}: pauses, moves the start to the surface's own, picks the colour scale it reads
     * best in, gives every optimizer its opening learning rate there (see {@link #openingRate}) and starts a new race.
     * Copies keep their own settings (what makes them copies); an own start outside the new surface is dropped.
     */
    public void setSurface(Surface newSurface) {
        setSurface(newSurface, java.util.Map.of());
    }

    /**
     * As {@link #setSurface(Surface)}, with opening learning rates by optimizer id worked out beforehand (off the
     * JavaFX thread, for a typed surface: see {@link #openingRate}); an optimizer missing from {@code rates} gets its
     * rate worked out here.
     */
    public void setSurface(Surface newSurface, java.util.Map<String, Double> rates) {
        playing.set(false);
        ghosts.clear();
        surface.set(newSurface);
        start.set(newSurface.info().start());
        logColourScale.set(newSurface.info().logColourScale());
        for (OptimizerSlot slot : slots) {
            Double rate = rates.get(slot.type().id());
            slot.valuesProperty().set(slot.type().defaults().with("lr",
                    rate != null ? rate : openingRate(newSurface, slot.type())));
        }
        racers.dropStartsOutside(newSurface.info().bounds());
        newRace();
    }

    /**
     * The learning rate a race on {@code surface} opens with: the scene defaults' rule
     * ({@link SurfacesScene#openingRate}).
     */
    static double openingRate(Surface surface, org.descentlab.core.optim.OptimizerType type) {
        return SurfacesScene.openingRate(surface, type);
    }

    /**
     * Sets every optimizer's hyperparameters to its defaults with the learning rate tuned for the surface from the
     * current start point (see {@link LearningRateTuner}), and starts a new race. Copies keep their own settings.
     */
    public void tuneLearningRates() {
        playing.set(false);
        ghosts.capture(racingSlots());
        for (OptimizerSlot slot : slots) {
            double lr = LearningRateTuner.tune(surface.get(), start.get(), slot.type(), TUNING_STEPS);
            slot.valuesProperty().set(slot.type().defaults().with("lr", lr));
        }
        newRace();
    }

    /**
     * Puts every optimizer back to its declared defaults (as on the command line) and restarts the race; copies keep
     * their own settings.
     */
    public void useDeclaredDefaults() {
        playing.set(false);
        ghosts.capture(racingSlots());
        slots.forEach(s -> s.valuesProperty().set(s.type().defaults()));
        newRace();
    }

    /** A new race at step 0: the ticked optimizers in registry order, then the copies (as a scene's own race). */
    private void newRace() {
        race = new Race(surface.get(), start.get(), noise.get(), noiseSeed, maxSteps.get());
        race.setSchedule(schedule.get());
        for (OptimizerSlot slot : slots) {
            slot.setWalker(slot.isEnabled() ? race.add(slot.type().create(slot.valuesProperty().get())) : null);
        }
        for (OptimizerSlot copy : copies) {
            copy.setWalker(race.add(copy.type().create(copy.valuesProperty().get()), copy.ownStart()));
        }
        dueSteps = 0;
        changed();
    }

    /**
     * Adds a copy of {@code of}'s optimizer to the race, with {@code of}'s settings and start; it catches up at once
     * with the race's clock.
     *
     * @return the copy, or {@code null} when the race already has the most copies allowed
     */
    public OptimizerSlot addCopy(OptimizerSlot of) {
        if (!canAddCopy()) {
            return null;
        }
        var copy = Racers.copy(of.type(), of.valuesProperty().get(), of.ownStart(), racers.freeColour());
        copy.setWalker(race.add(copy.type().create(copy.valuesProperty().get()), copy.ownStart()));
        copies.add(copy);
        changed();
        return copy;
    }

    /** Whether another copy may join the race (at most {@link SurfaceLimits#COPIES}). */
    public boolean canAddCopy() {
        return copies.size() < SurfaceLimits.COPIES.max();
    }

    /** Takes a copy out of the race. */
    public void removeCopy(OptimizerSlot copy) {
        if (copies.remove(copy)) {
            race.remove(copy.walker());
            copy.setWalker(null);
            changed();
        }
    }

    private void enable(OptimizerSlot slot, boolean on) {
        if (on && slot.walker() == null) {
            slot.setWalker(race.add(slot.type().create(slot.valuesProperty().get())));
        } else if (!on && slot.walker() != null) {
            race.remove(slot.walker());
            slot.setWalker(null);
        }
        changed();
    }

    /**
     * Sets one hyperparameter of one optimizer. It applies from the next step, the walker keeping its point and
     * state, or, with "restart on change", every walker starts again. With "link learning rates", a new learning
     * rate moves every other optimizer's by the same factor (clamped to the allowed range).
     *
     * @return {@code null} if the value was taken, else why not, in words for a student (the old value stays)
     */
    public String setHyperparameter(OptimizerSlot slot, String key, double value) {
        var old = slot.valuesProperty().get();
        try {
            apply(slot, old.with(key, value));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (key.equals("lr") && linkLearningRates.get()) {
            double factor = value / old.get("lr");
            for (OptimizerSlot other : racers.all()) {
                if (other != slot) {
                    var values = other.valuesProperty().get();
                    double lr = Math.max(Hyperparameters.LR_MIN,
                            Math.min(Hyperparameters.LR_MAX, values.get("lr") * factor));
                    apply(other, values.with("lr", lr));
                }
            }
        }
        if (restartOnChange.get()) {
            reset();
        }
        changed();
        return null;
    }

    private void apply(OptimizerSlot slot, HyperparameterValues values) {
        slot.valuesProperty().set(values);
        if (slot.walker() != null) {
            slot.walker().configure(values);
        }
    }

    /** The whole setup on show, as a scene file stores it. */
    public SurfacesScene scene() {
        var setups = slots.stream().map(s -> new OptimizerSetup(s.type(), s.isEnabled(), s.valuesProperty().get()))
                .toList();
        var copyList = copies.stream().map(c -> new OptimizerCopy(c.type(), c.valuesProperty().get(), c.ownStart()))
                .toList();
        return new SurfacesScene(surface.get(), start.get(), setups, maxSteps.get(), stepsPerSecond.get(),
                noise.get(), noiseSeed, layout.get() == Layout.OVERLAY ? RaceLayout.OVERLAY : RaceLayout.SIDE_BY_SIDE,
                logColourScale.get(), showInsides.get(), linkLearningRates.get(), restartOnChange.get(), copyList,
                insight.get()).withSchedule(schedule.get());
    }

    /**
     * Puts {@code scene} on show exactly as it was saved (no learning rate is tuned), its copies included, and starts a
     * new race, paused. The scene is a validated value, so this cannot fail.
     */
    public void apply(SurfacesScene scene) {
        playing.set(false);
        if (scene.surface().equals(surface.get())) {
            ghosts.capture(racingSlots()); // a scene on the same surface is compared with what was there
        } else {
            ghosts.clear();
        }
        surface.set(scene.surface());
        start.set(scene.start());
        noiseSeed = scene.noiseSeed();
        insight.set(scene.insight());
        schedule.set(scene.schedule());
        for (OptimizerSlot slot : slots) {
            var setup = scene.optimizer(slot.type().id());
            slot.valuesProperty().set(setup.values());
            slot.setWalker(null);
        }
        // The race is rebuilt below; the listeners of these properties must find one that matches.
        race = new Race(scene.surface(), scene.start(), scene.noise(), noiseSeed, scene.steps());
        for (OptimizerSlot slot : slots) {
            slot.enabledProperty().set(scene.optimizer(slot.type().id()).enabled());
        }
        copies.forEach(c -> c.setWalker(null));
        var sceneCopies = new ArrayList<OptimizerSlot>();
        for (int i = 0; i < scene.copies().size(); i++) {
            var c = scene.copies().get(i);
            sceneCopies.add(Racers.copy(c.type(), c.values(), c.start(), i));
        }
        copies.setAll(sceneCopies);
        maxSteps.set(scene.steps());
        noise.set(scene.noise());
        stepsPerSecond.set(scene.speed());
        layout.set(scene.layout() == RaceLayout.OVERLAY ? Layout.OVERLAY : Layout.SIDE_BY_SIDE);
        logColourScale.set(scene.logColours());
        showInsides.set(scene.showInsides());
        linkLearningRates.set(scene.linkLearningRates());
        restartOnChange.set(scene.restartOnChange());
        newRace();
    }

    /**
     * Makes every learning rate follow {@code next} (each from its own rate as set) and starts the race again from
     * step 0, the old paths kept as ghosts.
     */
    public void setSchedule(Schedule next) {
        if (!next.equals(schedule.get())) {
            ghosts.capture(racingSlots());
            schedule.set(next);
            race.setSchedule(next);
            race.restart(start.get());
            dueSteps = 0;
            changed();
        }
    }

    /** The learning-rate schedule every walker follows (t: its steps). */
    public ReadOnlyObjectProperty<Schedule> scheduleProperty() {
        return schedule.getReadOnlyProperty();
    }

    /** Moves the common start point (kept inside the surface's bounds) and restarts every walker there. */
    public void setStart(Point point) {
        var b = surface.get().info().bounds();
        var clamped = new Point(Math.max(b.xMin(), Math.min(b.xMax(), point.x())),
                Math.max(b.yMin(), Math.min(b.yMax(), point.y())));
        ghosts.capture(racingSlots());
        start.set(clamped);
        race.restart(clamped);
        dueSteps = 0;
        changed();
    }

    /** Every walker back to the start point at step 0; pauses. */
    public void reset() {
        playing.set(false);
        ghosts.capture(racingSlots());
        race.restart(start.get());
        dueSteps = 0;
        changed();
    }

    /**
     * Exactly one step of every running walker (pauses first). While an earlier step is on show (see {@link Replay}),
     * the next recorded step is shown instead: the race itself moves only from its newest step.
     */
    public void singleStep() {
        playing.set(false);
        if (!replay.live()) {
            replay.forward();
            return;
        }
        if (race.advance(1) > 0) {
            changed();
        }
    }

    /** Play if paused, pause if playing. Playing a finished race starts it again. */
    public void togglePlaying() {
        if (!playing.get() && race.finished()) {
            reset();
        }
        playing.set(!playing.get());
    }

    /**
     * Called once per frame with the frame's time stamp: takes the steps due since the last frame at the chosen
     * speed (at most {@link #MAX_STEPS_PER_FRAME}) and pauses when the race is over.
     *
     * @return the number of steps taken
     */
    public int onFrame(long nanos) {
        if (!playing.get()) {
            lastFrame = -1;
            return 0;
        }
        if (lastFrame < 0) {
            lastFrame = nanos;
            dueSteps = Math.max(dueSteps, 1); // the first frame after Play moves at once
        } else {
            double seconds = Math.min(0.25, (nanos - lastFrame) / 1e9);
            lastFrame = nanos;
            dueSteps += seconds * stepsPerSecond.get();
        }
        int steps = (int) Math.min(MAX_STEPS_PER_FRAME, Math.floor(dueSteps));
        dueSteps -= steps;
        int taken = steps > 0 ? race.advance(steps) : 0;
        if (race.finished()) {
            playing.set(false);
        }
        if (taken > 0) {
            changed();
        }
        return taken;
    }

    private void changed() {
        replay.clockChanged();
        clock.set(race.clock());
        revision.set(revision.get() + 1);
    }

    public ReadOnlyObjectProperty<Surface> surfaceProperty() {
        return surface.getReadOnlyProperty();
    }

    public Surface surface() {
        return surface.get();
    }

    public ReadOnlyObjectProperty<Point> startProperty() {
        return start.getReadOnlyProperty();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty stepsPerSecondProperty() {
        return stepsPerSecond;
    }

    public IntegerProperty maxStepsProperty() {
        return maxSteps;
    }

    public DoubleProperty noiseProperty() {
        return noise;
    }

    public BooleanProperty linkLearningRatesProperty() {
        return linkLearningRates;
    }

    public BooleanProperty restartOnChangeProperty() {
        return restartOnChange;
    }

    public BooleanProperty showInsidesProperty() {
        return showInsides;
    }

    /** Whether the plots draw the Hessian's eigenvectors at the start and under the pointer. */
    public BooleanProperty showCurvatureProperty() {
        return showCurvature;
    }

    public BooleanProperty logColourScaleProperty() {
        return logColourScale;
    }

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    /** The insight views' settings, a validated value: views set a new one with its {@code with…} methods. */
    public ObjectProperty<InsightSetup> insightProperty() {
        return insight;
    }

    /** The race clock: steps since the last restart. */
    public ReadOnlyIntegerProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** Increases whenever a path, a setting or the start changes: the views redraw when it moves. */
    public LongProperty revisionProperty() {
        return revision;
    }

    /** Every registered optimizer, in registry order. */
    public List<OptimizerSlot> slots() {
        return slots;
    }

    /** The enabled optimizers' own entries, in registry order (copies not included). */
    public List<OptimizerSlot> enabledSlots() {
        return slots.stream().filter(OptimizerSlot::isEnabled).toList();
    }

    /**
     * Everything that races, as the views list it: each enabled optimizer followed by its copies, in registry order,
     * and the copies of an optimizer that is not ticked where it would be.
     */
    public List<OptimizerSlot> racingSlots() {
        return racers.racing();
    }

    /** The extra copies of optimizers, in scene order (read-only; see {@link #addCopy}, {@link #removeCopy}). */
    public ObservableList<OptimizerSlot> copies() {
        return racers.copiesView();
    }

    /** The copies of {@code type}, in scene order. */
    public List<OptimizerSlot> copiesOf(org.descentlab.core.optim.OptimizerType type) {
        return racers.copiesOf(type);
    }

    /**
     * What {@code slot} is called in the table, legend, names and panels: its optimizer's name, and, beside others of
     * the same optimizer, what differs ({@link RacerNames}).
     */
    public String nameOf(OptimizerSlot slot) {
        return RacerNames.name(slot, racingSlots(), start.get());
    }

    /** The slot of optimizer {@code id}. */
    public OptimizerSlot slot(String id) {
        return slots.stream().filter(s -> s.type().id().equals(id)).findFirst().orElseThrow();
    }

    public Race race() {
        return race;
    }

    /** Which step of the race the views show (the newest, or one chosen on the timeline). */
    public Replay replay() {
        return replay;
    }

    /** The previous run's paths, kept at the last restart. */
    public GhostPaths ghosts() {
        return ghosts;
    }
}
