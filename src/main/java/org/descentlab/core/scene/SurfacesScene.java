package org.descentlab.core.scene;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.descentlab.core.descent.LearningRateTuner;
import org.descentlab.core.descent.Race;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;

/**
 * The surfaces tab's whole setup as one validated value: what a scene file stores, what the window applies and what
 * {@code trajectory --scene} runs. The same scene gives the same paths, bit for bit.
 *
 * @param surface the loss surface
 * @param start the common start point (each coordinate within {@link SurfaceLimits#START})
 * @param optimizers one entry per registered optimizer, in registry order
 * @param steps steps of the race ({@link SurfaceLimits#STEPS})
 * @param speed steps per second when playing ({@link SurfaceLimits#SPEED})
 * @param noise gradient noise σ ({@link SurfaceLimits#NOISE})
 * @param noiseSeed seed of the gradient noise (every walker sees the same sequence)
 * @param layout overlay or side by side
 * @param logColours whether the heat map's colours follow log(f − f* + 1)
 * @param showInsides whether "inside the optimizer" is drawn
 * @param linkLearningRates whether changing one learning rate moves all of them by the same factor
 * @param restartOnChange whether every change restarts the race
 * @param copies extra copies of optimizers racing with their own hyperparameters and maybe their own start points,
 *     in scene order ({@link SurfaceLimits#COPIES}); each always takes part
 * @param insight the settings of the views that show why: curvature, ghost paths, sweep, basin maps
 * @param schedule how every walker's learning rate changes with the step ({@link Schedule#CONSTANT} for not at all)
 */
public record SurfacesScene(
        Surface surface,
        Point start,
        List<OptimizerSetup> optimizers,
        int steps,
        double speed,
        double noise,
        long noiseSeed,
        RaceLayout layout,
        boolean logColours,
        boolean showInsides,
        boolean linkLearningRates,
        boolean restartOnChange,
        List<OptimizerCopy> copies,
        InsightSetup insight,
        Schedule schedule) {

    /** The optimizers ticked when the app opens. */
    public static final Set<String> ENABLED_AT_START = Set.of("gd", "momentum", "nag", "adagrad", "rmsprop", "adam");
    /** Steps over which learning rates are tuned for a surface. */
    public static final int TUNING_STEPS = 500;
    /** The surface the app opens on. */
    public static final String FIRST_SURFACE = "rosenbrock";

    /**
     * Checks every value against its declared limit.
     *
     * @throws SettingException naming the field, the value and the allowed range
     */
    public SurfacesScene {
        if (surface == null || start == null || optimizers == null || layout == null) {
            throw new SettingException(Problem.of("a surfaces scene needs a surface, a start, optimizers and a layout"));
        }
        SurfaceLimits.START.check(start.x(), "surfaces.start.x");
        SurfaceLimits.START.check(start.y(), "surfaces.start.y");
        SurfaceLimits.STEPS.check(steps, "surfaces.steps");
        SurfaceLimits.SPEED.check(speed, "surfaces.speed");
        SurfaceLimits.NOISE.check(noise, "surfaces.noise");
        Set<String> seen = new HashSet<>();
        for (OptimizerSetup o : optimizers) {
            if (!seen.add(o.type().id())) {
                throw new SettingException(new Problem("surfaces.optimizers",
                        "The optimizer '" + o.type().id() + "' is listed twice (surfaces.optimizers)"));
            }
        }
        optimizers = completed(optimizers);
        copies = checkedCopies(copies);
        if (insight == null) {
            throw new SettingException(Problem.of("a surfaces scene needs its insight settings"));
        }
        if (schedule == null) {
            throw new SettingException(new Problem("surfaces.schedule", "The learning-rate schedule is missing"));
        }
    }

    /** A scene with a constant learning rate (the setup as it was before schedules existed). */
    public SurfacesScene(Surface surface, Point start, List<OptimizerSetup> optimizers, int steps, double speed,
            double noise, long noiseSeed, RaceLayout layout, boolean logColours, boolean showInsides,
            boolean linkLearningRates, boolean restartOnChange, List<OptimizerCopy> copies, InsightSetup insight) {
        this(surface, start, optimizers, steps, speed, noise, noiseSeed, layout, logColours, showInsides,
                linkLearningRates, restartOnChange, copies, insight, Schedule.CONSTANT);
    }

    /** A scene with the insight views at their defaults (the setup as it was before they existed). */
    public SurfacesScene(Surface surface, Point start, List<OptimizerSetup> optimizers, int steps, double speed,
            double noise, long noiseSeed, RaceLayout layout, boolean logColours, boolean showInsides,
            boolean linkLearningRates, boolean restartOnChange, List<OptimizerCopy> copies) {
        this(surface, start, optimizers, steps, speed, noise, noiseSeed, layout, logColours, showInsides,
                linkLearningRates, restartOnChange, copies, InsightSetup.defaults());
    }

    /** A scene without copies (the setup as it was before copies existed). */
    public SurfacesScene(Surface surface, Point start, List<OptimizerSetup> optimizers, int steps, double speed,
            double noise, long noiseSeed, RaceLayout layout, boolean logColours, boolean showInsides,
            boolean linkLearningRates, boolean restartOnChange) {
        this(surface, start, optimizers, steps, speed, noise, noiseSeed, layout, logColours, showInsides,
                linkLearningRates, restartOnChange, List.of(), InsightSetup.defaults());
    }

    /** At most {@link SurfaceLimits#COPIES} copies, each own start within {@link SurfaceLimits#START}. */
    private static List<OptimizerCopy> checkedCopies(List<OptimizerCopy> copies) {
        if (copies == null) {
            return List.of();
        }
        SurfaceLimits.COPIES.check(copies.size(), "surfaces.copies");
        for (int i = 0; i < copies.size(); i++) {
            OptimizerCopy copy = copies.get(i);
            if (copy == null) {
                throw new SettingException(new Problem("surfaces.copies[" + i + "]",
                        "surfaces.copies[" + i + "] is empty; a copy needs an optimizer"));
            }
            if (copy.start() != null) {
                SurfaceLimits.START.check(copy.start().x(), "surfaces.copies[" + i + "].start.x");
                SurfaceLimits.START.check(copy.start().y(), "surfaces.copies[" + i + "].start.y");
            }
        }
        return List.copyOf(copies);
    }

    /** Registry order, one entry per optimizer; optimizers not listed are added switched off at their defaults. */
    private static List<OptimizerSetup> completed(List<OptimizerSetup> given) {
        var all = new ArrayList<OptimizerSetup>();
        for (var type : OptimizerRegistry.all()) {
            all.add(given.stream().filter(o -> o.type().id().equals(type.id())).findFirst()
                    .orElse(new OptimizerSetup(type, false, type.defaults())));
        }
        return List.copyOf(all);
    }

    /** What the app opens with: Rosenbrock, its own start, six optimizers with rates tuned for it. */
    public static SurfacesScene defaults() {
        return forSurface(SurfaceRegistry.find(FIRST_SURFACE).orElseThrow());
    }

    /**
     * The defaults on {@code surface}: its own start and colour scale, the usual six optimizers ticked, every learning
     * rate its opening rate ({@link #openingRate}).
     */
    public static SurfacesScene forSurface(Surface surface) {
        var start = surface.info().start();
        var setups = new ArrayList<OptimizerSetup>();
        for (var type : OptimizerRegistry.all()) {
            double lr = openingRate(surface, type);
            setups.add(new OptimizerSetup(type, ENABLED_AT_START.contains(type.id()), type.defaults().with("lr", lr)));
        }
        return new SurfacesScene(surface, start, setups, (int) SurfaceLimits.STEPS.defaultValue(),
                SurfaceLimits.SPEED.defaultValue(), 0, 0, RaceLayout.OVERLAY, surface.info().logColourScale(), false,
                false, false);
    }

    /**
     * The learning rate a race on {@code surface} opens with for {@code type}: the surface's own where its
     * description needs one (a zig-zag must zig-zag), else the one {@link LearningRateTuner} finds from the
     * surface's start.
     */
    public static double openingRate(Surface surface, org.descentlab.core.optim.OptimizerType type) {
        return surface.info().openingRate(type.id()).orElseGet(() -> LearningRateTuner.tune(surface,
                surface.info().start(), type, TUNING_STEPS));
    }

    /** The entry of optimizer {@code id}. */
    public OptimizerSetup optimizer(String id) {
        return optimizers.stream().filter(o -> o.type().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no optimizer '" + id + "'"));
    }

    /** The optimizers that take part, in registry order. */
    public List<OptimizerSetup> enabled() {
        return optimizers.stream().filter(OptimizerSetup::enabled).toList();
    }

    /**
     * A new race at step 0, as the window runs it: the enabled optimizers in registry order, then the copies in scene
     * order, each copy from its own start if it has one; every walker's learning rate follows the scene's schedule.
     */
    public Race race() {
        var race = new Race(surface, start, noise, noiseSeed, steps);
        race.setSchedule(schedule);
        enabled().forEach(o -> race.add(o.type().create(o.values())));
        copies.forEach(c -> race.add(c.type().create(c.values()), c.start()));
        return race;
    }

    /**
     * What the copy at {@code index} is called in printed paths and lists: its optimizer's id and its number among
     * that optimizer's copies, counting the optimizer's own entry as #1 ({@code gd#2}, {@code gd#3} …), whether or
     * not that entry is switched on, so that a copy's name never changes with a tick box.
     */
    public String copyName(int index) {
        String id = copies.get(index).type().id();
        long before = copies.subList(0, index).stream().filter(c -> c.type().id().equals(id)).count();
        return id + "#" + (before + 2);
    }

    /** This scene racing {@code newCopies} (checked like every other value). */
    public SurfacesScene withCopies(List<OptimizerCopy> newCopies) {
        return new SurfacesScene(surface, start, optimizers, steps, speed, noise, noiseSeed, layout, logColours,
                showInsides, linkLearningRates, restartOnChange, newCopies, insight, schedule);
    }

    /** This scene with one optimizer's entry replaced (its copies stay as they are). */
    public SurfacesScene withOptimizer(OptimizerSetup setup) {
        var list = optimizers.stream().map(o -> o.type().equals(setup.type()) ? setup : o).toList();
        return new SurfacesScene(surface, start, list, steps, speed, noise, noiseSeed, layout, logColours,
                showInsides, linkLearningRates, restartOnChange, copies, insight, schedule);
    }

    /** This scene with another common start point; copies with their own start keep it. */
    public SurfacesScene withStart(Point point) {
        return new SurfacesScene(surface, point, optimizers, steps, speed, noise, noiseSeed, layout, logColours,
                showInsides, linkLearningRates, restartOnChange, copies, insight, schedule);
    }

    /** This scene with other steps, noise and noise seed. */
    public SurfacesScene withRun(int newSteps, double newNoise, long newSeed) {
        return new SurfacesScene(surface, start, optimizers, newSteps, speed, newNoise, newSeed, layout, logColours,
                showInsides, linkLearningRates, restartOnChange, copies, insight, schedule);
    }

    /** This scene with other insight settings. */
    public SurfacesScene withInsight(InsightSetup newInsight) {
        return new SurfacesScene(surface, start, optimizers, steps, speed, noise, noiseSeed, layout, logColours,
                showInsides, linkLearningRates, restartOnChange, copies, newInsight, schedule);
    }

    /** This scene with another learning-rate schedule for every walker. */
    public SurfacesScene withSchedule(Schedule newSchedule) {
        return new SurfacesScene(surface, start, optimizers, steps, speed, noise, noiseSeed, layout, logColours,
                showInsides, linkLearningRates, restartOnChange, copies, insight, newSchedule);
    }
}
