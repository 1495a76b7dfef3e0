package org.descentlab.core.descent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;

/**
 * Several walkers on one surface, moved by one clock: a step of the race is a step of every walker still running. A
 * walker stops for good when it diverges or converges, or when the clock reaches the maximum number of steps.
 *
 * <p>Walkers start from the race's common start point, or from a start point of their own (to show one optimizer
 * from several starts ending in different minima). Moving the common start ({@link #restart}) moves every walker
 * that has none of its own; a walker with its own start keeps it.
 *
 * <p>All walkers share the noise seed, so with gradient noise they all see the same noise sequence: the comparison
 * stays fair. So do the learning-rate schedule ({@link #setSchedule}): each walker's rate follows it from the rate it
 * was given, the race's clock being the step count t.
 */
public final class Race {

    private final Surface surface;
    private final List<Walker> walkers = new ArrayList<>();
    /** The walkers that start from a point of their own, and that point. */
    private final Map<Walker, Point> ownStarts = new IdentityHashMap<>();
    private Point start;
    private double noise;
    private final long seed;
    private int maxSteps;
    private int clock;
    private Schedule schedule = Schedule.CONSTANT;

    public Race(Surface surface, Point start, double noise, long seed, int maxSteps) {
        this.surface = surface;
        this.start = start;
        this.noise = noise;
        this.seed = seed;
        setMaxSteps(maxSteps);
    }

    /** Adds a walker for {@code optimizer} at the common start; it catches up at once to the race's clock. */
    public Walker add(Optimizer optimizer) {
        return add(optimizer, null);
    }

    /**
     * Adds a walker for {@code optimizer} that starts from {@code ownStart}, or from the common start when it is
     * {@code null}; it catches up at once to the race's clock.
     */
    public Walker add(Optimizer optimizer, Point ownStart) {
        var walker = new Walker(surface, optimizer, ownStart == null ? start : ownStart, noise, seed);
        if (!schedule.constant()) {
            walker.setSchedule(schedule);
        }
        for (int k = 0; k < clock && running(walker); k++) {
            walker.step();
        }
        walkers.add(walker);
        if (ownStart != null) {
            ownStarts.put(walker, ownStart);
        }
        return walker;
    }

    /** Removes a walker from the race. */
    public void remove(Walker walker) {
        walkers.remove(walker);
        ownStarts.remove(walker);
    }

    /**
     * Advances the clock by up to {@code steps}, stepping every running walker once per tick.
     *
     * @return the number of ticks taken (fewer when the race ends first)
     */
    public int advance(int steps) {
        int taken = 0;
        while (taken < steps && !finished()) {
            for (Walker walker : walkers) {
                if (running(walker)) {
                    walker.step();
                }
            }
            clock++;
            taken++;
        }
        return taken;
    }

    /** Whether {@code walker} still moves on the next tick. */
    public boolean running(Walker walker) {
        var state = walker.status().state();
        return state == Status.State.RUNNING && walker.currentStep() < maxSteps;
    }

    /** Whether no walker will move again (or there are none, or the clock is at the maximum). */
    public boolean finished() {
        return clock >= maxSteps || walkers.stream().noneMatch(this::running);
    }

    /**
     * Starts every walker again at step 0, clock 0: from {@code newStart}, the new common start, or from its own start
     * if it has one.
     */
    public void restart(Point newStart) {
        start = newStart;
        clock = 0;
        for (Walker walker : walkers) {
            walker.restart(startOf(walker));
        }
    }

    /** Where {@code walker} starts: its own start point, or the common one. */
    public Point startOf(Walker walker) {
        return ownStarts.getOrDefault(walker, start);
    }

    /** Whether {@code walker} starts from a point of its own rather than the common start. */
    public boolean hasOwnStart(Walker walker) {
        return ownStarts.containsKey(walker);
    }

    /** Changes the gradient noise σ of every walker from the next gradient on. */
    public void setNoise(double sigma) {
        for (Walker walker : walkers) {
            walker.setNoise(sigma);
        }
        noise = sigma;
    }

    /**
     * Makes every walker's learning rate follow {@code newSchedule} (and every walker added later): each takes its
     * rate from the next step on, counting from the steps it has taken. Callers that want the whole race under the
     * new schedule restart it.
     */
    public void setSchedule(Schedule newSchedule) {
        if (newSchedule == null) {
            throw new IllegalArgumentException("a race needs a schedule (Schedule.CONSTANT for none)");
        }
        for (Walker walker : walkers) {
            walker.setSchedule(newSchedule);
        }
        schedule = newSchedule;
    }

    /** The learning-rate schedule every walker follows. */
    public Schedule schedule() {
        return schedule;
    }

    /** Changes the step at which the race ends. */
    public void setMaxSteps(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("the race needs at least one step");
        }
        maxSteps = steps;
    }

    public int maxSteps() {
        return maxSteps;
    }

    /** Ticks taken since the last restart. */
    public int clock() {
        return clock;
    }

    /** The common start point. */
    public Point start() {
        return start;
    }

    public Surface surface() {
        return surface;
    }

    /** The walkers, in the order they were added. */
    public List<Walker> walkers() {
        return Collections.unmodifiableList(walkers);
    }
}
