package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.descentlab.core.landscape.Directions;
import org.descentlab.core.landscape.Landscape;
import org.descentlab.core.landscape.LandscapeLimits;
import org.descentlab.core.landscape.LandscapeRequest;
import org.descentlab.core.landscape.Trajectory;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.Parameters;
import org.descentlab.session.LandscapeComputation;
import org.descentlab.ui.widgets.BackgroundWork;

/**
 * The landscapes the Landscape view asks for, and their computation ({@link LandscapeComputation}, on every core):
 * a plane through each run's weights now, spanned by the principal directions of its path or by seeded random
 * filter-normalised directions, on a 101 × 101 grid (coarser for a large network, {@link #gridSize}) and the default
 * span. A path too short for principal directions (it must move in two directions: two epochs at least) gets random
 * ones, which the picture says.
 */
final class LandscapePlane {

    /** The planes to choose from. */
    enum Kind {
        PCA("depth.landscape.plane.pca", Directions.PCA), RANDOM("depth.landscape.plane.random", Directions.RANDOM);

        private final String key;
        private final Directions directions;

        Kind(String key, Directions directions) {
            this.key = key;
            this.directions = directions;
        }

        String key() {
            return key;
        }
    }

    /**
     * What tells one request from another: the plane, its seed, and the runs with the steps each had taken (new steps,
     * new weights).
     */
    record Key(Kind kind, long seed, List<NetworkRun> runs, List<Long> steps) {
    }

    /** One run's part of a request: the weights the plane goes through, their network and the path to them. */
    record Run(Parameters centre, Activation activation, Trajectory path, int epoch) {
    }

    /** Everything a computation needs, taken on the JavaFX thread; nothing in it changes afterwards. */
    record Request(Key key, Dataset data, List<Run> runs) {

        long seed() {
            return key.seed();
        }
    }

    /** Three times the multiply-adds of the seed network's 101 × 101 landscape (1,418 parameters, 1,000 points). */
    private static final double WORK_BUDGET = 3.0 * 101 * 101 * 1418 * 1000;
    /** The fewest samples per side: coarser contours would no longer show the valley's shape. */
    static final int LEAST_GRID = 41;

    private LandscapePlane() {
    }

    /** The key of a landscape of {@code model}'s runs as they are now. */
    static Key key(NetworkTabModel model, Kind kind, long seed) {
        return new Key(kind, seed, List.copyOf(model.runs()), model.runs().stream().map(NetworkRun::steps).toList());
    }

    /** A request for landscapes of {@code model}'s runs as they are now (JavaFX thread). */
    static Request request(NetworkTabModel model, Kind kind, long seed) {
        var runs = model.runs().stream().map(r -> new Run(r.parameters(), r.settings().activation(), r.trajectory(),
                r.snapshot().epoch())).toList();
        return new Request(key(model, kind, seed), model.split().train(), runs);
    }

    /**
     * The landscapes of {@code request}, one per run, on the worker of a {@link BackgroundWork}; an empty list when
     * the work was called off meanwhile.
     *
     * @throws IllegalArgumentException in words for a student, when a landscape cannot be computed (weights so large
     *     that the loss overflows)
     */
    static List<LandscapePicture> compute(Request request, BackgroundWork.Progress progress) {
        var pictures = new ArrayList<LandscapePicture>();
        int n = request.runs().size();
        for (int i = 0; i < n; i++) {
            final int done = i;
            var run = request.runs().get(i);
            if (!finite(run.centre().values())) {
                throw new Diverged();
            }
            DoubleConsumer share = f -> progress.update((done + f) / n);
            Optional<Landscape> landscape;
            try {
                landscape = compute(request, run, request.key().kind().directions, share, progress);
            } catch (IllegalArgumentException e) {
                if (request.key().kind() != Kind.PCA) {
                    throw e;
                }
                // A path that moved along fewer than two directions (too few epochs yet): a random plane instead.
                landscape = compute(request, run, Directions.RANDOM, share, progress);
            }
            if (landscape.isEmpty()) {
                return List.of();
            }
            pictures.add(picture(landscape.get(), run.epoch()));
        }
        return pictures;
    }

    private static Optional<Landscape> compute(Request request, Run run, Directions directions, DoubleConsumer share,
            BackgroundWork.Progress progress) {
        var path = run.path();
        var asked = new LandscapeRequest(request.data(), run.centre(), run.activation(), path, directions,
                gridSize(run.centre().values().length, request.data().size()), Double.NaN, request.seed());
        return LandscapeComputation.compute(asked, LandscapeComputation.defaultThreads(), share,
                progress::isCancelled);
    }

    /**
     * Samples per side for a network of {@code parameters} on {@code points} points: the default 101 up to three
     * times the work of the seed network's landscape, fewer (down to {@value #LEAST_GRID}) beyond, so that a deep or
     * wide network's landscape takes seconds, not minutes. Always odd: a sample sits on the weights now.
     */
    static int gridSize(int parameters, int points) {
        int most = (int) LandscapeLimits.GRID.defaultValue();
        double fits = Math.sqrt(WORK_BUDGET / ((double) parameters * points));
        int size = (int) Math.max(LEAST_GRID, Math.min(most, Math.floor(fits)));
        return size % 2 == 1 ? size : size - 1;
    }

    private static boolean finite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** The weights are no longer finite numbers: the training blew up, and there is no loss to draw around them. */
    static final class Diverged extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Diverged() {
            super("the weights are not finite numbers");
        }
    }

    private static LandscapePicture picture(Landscape landscape, int epoch) {
        var plane = landscape.plane();
        double[] shares = plane.kind() == Directions.PCA ? new double[] {plane.share(0), plane.share(1)} : null;
        var path = landscape.path();
        return new LandscapePicture(landscape.heatMap(), path.a(), path.b(), 0, 0, shares, epoch);
    }
}
