package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.DoubleSupplier;
import org.descentlab.core.descent.BasinMap;
import org.descentlab.core.formula.FormulaException;
import org.descentlab.core.formula.FormulaSurface;
import org.descentlab.core.descent.LearningRateSweep;
import org.descentlab.core.descent.Race;
import org.descentlab.core.nn.SeedBenchmark;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.session.LandscapeBenchmark;
import org.descentlab.ui.export.RenderBenchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}: the performance figures of the README, measured on this machine. Each figure is the median of
 * several timed runs after warm-up runs (so the JIT has compiled the hot code: at least half as many as timed, and at
 * least a second's worth), printed with the fastest and the slowest run as
 * {@code name: median unit (min a, max b, n runs)} ({@link BenchFigure}).
 *
 * <p>Each figure is measured in a fresh JVM of its own ({@link BenchFork}), unless {@code --same-jvm}: in one JVM the
 * JIT compiles a shared method (an optimizer's update, a surface's value) for whatever ran first, and a figure then
 * depends on the figures before it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the app's hot paths and print one 'name: value unit' line each.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "15", description = "Timed runs per figure (default 15).")
    int runs;

    @Option(names = "--only", paramLabel = "REGEX", defaultValue = "",
            description = "Measure only the figures whose names contain a match of REGEX.")
    String only;

    @Option(names = "--list", description = "Print the figures' names without measuring anything.")
    boolean list;

    @Option(names = "--same-jvm",
            description = "Measure every figure in this JVM, one after another, instead of each in a fresh one.")
    boolean sameJvm;

    private BenchFork fork;

    private java.util.regex.Pattern wanted;

    @Override
    public Integer call() {
        if (runs < 1 || runs > 1000) {
            throw new UsageError("--runs must be between 1 and 1000, got " + runs);
        }
        try {
            wanted = java.util.regex.Pattern.compile(only);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new UsageError("--only is not a valid regular expression: " + e.getDescription());
        }
        PrintWriter out = spec.commandLine().getOut();
        fork = list || sameJvm ? null : new BenchFork(runs, spec.commandLine().getErr());
        // The network figures come first: once the 2-D race has run Adam's update on two-coordinate vectors, the
        // JIT's code for it serves the network's 1,400 coordinates worse (measured: 0.62 s → 0.88 s per seed run).
        report(out, "train_seed_protocol_s", "s", Math.max(3, runs / 3), SeedBenchmark::trainSeedProtocolSeconds);
        report(out, "boundary_map_200x200_ms", "ms", SeedBenchmark::boundaryMapMillis);
        report(out, "train_depth4_h128_sigmoid_" + SeedBenchmark.DEPTH_EPOCHS + "_epochs_s", "s", Math.max(3, runs / 3),
                SeedBenchmark::trainDeepestSeconds);
        report(out, "landscape_101x101_seed_network_ms", "ms", Math.max(3, runs / 3),
                LandscapeBenchmark::seedLandscapeMillis);
        var rosenbrock = SurfaceRegistry.find("rosenbrock").orElseThrow();
        report(out, "heat_map_600x600_with_contours_rosenbrock_ms", "ms", () -> heatMapMillis(rosenbrock));
        // The same heat map of a typed surface, to hold against the figure above (issue 17: within 2x of it).
        report(out, "heat_map_600x600_formula_30_nodes_ms", "ms", () -> heatMapMillis(benchFormula()));
        report(out, "race_11_walkers_1000_steps_ms", "ms", () -> {
            var race = new Race(rosenbrock, rosenbrock.info().start(), 0, 0, 1000);
            OptimizerRegistry.all().forEach(t -> race.add(t.create()));
            long t0 = System.nanoTime();
            race.advance(1000);
            long t1 = System.nanoTime();
            sink += race.clock();
            return (t1 - t0) / 1e6;
        });
        report(out, "sweep_11_optimizers_61_rates_1000_steps_rosenbrock_ms", "ms", () -> {
            long t0 = System.nanoTime();
            for (var type : OptimizerRegistry.all()) {
                sink += LearningRateSweep.run(rosenbrock, type, type.defaults(), rosenbrock.info().start(), 1000,
                        LearningRateSweep.DEFAULT_GRID).rows().size();
            }
            return (System.nanoTime() - t0) / 1e6;
        });
        var himmelblau = SurfaceRegistry.find("himmelblau").orElseThrow();
        for (String id : new String[] {"gd", "adam"}) {
            var type = OptimizerRegistry.find(id).orElseThrow();
            var values = type.defaults().with("lr", id.equals("gd") ? 0.01 : 0.05);
            report(out, "basin_map_120x120_1000_steps_himmelblau_" + id + "_ms", "ms", Math.max(3, runs / 3), () -> {
                long t0 = System.nanoTime();
                sink += BasinMap.compute(himmelblau, type, values, 120, 1000).cellsDone();
                return (System.nanoTime() - t0) / 1e6;
            });
        }
        // Drawn headless by the window's own views: a GIF as Save animation writes it (timed once, after a short one
        // that warms up the toolkit), and a 2x picture of the whole window.
        report(out, "render_race_gif_300_frames_640x480_s", "s", 1, () -> RenderBenchmarks.raceGifSeconds(
                RenderBenchmarks.GIF_FRAMES), () -> RenderBenchmarks.raceGifSeconds(30));
        if (measures("window_png_2x_1280x720_ms")) {
            try (var window = RenderBenchmarks.window(1280, 720)) {
                report(out, "window_png_2x_1280x720_ms", "ms", window::pngMillis);
            }
        } else {
            report(out, "window_png_2x_1280x720_ms", "ms", () -> 0);
        }
        out.flush();
        return fork != null && fork.failed() ? Cli.INTERNAL : 0;
    }

    /** Whether the figure {@code name} is to be measured in this JVM now (chosen by {@code --only}). */
    private boolean measures(String name) {
        return !list && fork == null && wanted.matcher(name).find();
    }

    /** Warm-up runs continue until at least this long has passed (and at least half as many as timed runs). */
    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final int MAX_WARM_UPS = 200;

    /**
     * Milliseconds per 600 × 600 heat map of {@code surface}, the mean of {@value #HEAT_MAPS} in a row: each leaves
     * some 8 MB of garbage, and the mean spreads the young collections that this causes evenly over the runs (one
     * falling inside a single 20 ms map added up to 13 ms to it).
     */
    private static double heatMapMillis(Surface surface) {
        long t0 = System.nanoTime();
        for (int i = 0; i < HEAT_MAPS; i++) {
            sink += HeatMap.compute(surface, 600, 600).contours().length;
        }
        return (System.nanoTime() - t0) / 1e6 / HEAT_MAPS;
    }

    private static final int HEAT_MAPS = 5;

    /** Keeps results alive so that the JIT cannot drop the measured work. */
    private static volatile double sink;

    /** A 30-node formula: an expanded polynomial with a sine and an exponential term. */
    static final String BENCH_FORMULA = "x^4 - x^2*y + 3*y^2 - x*y + sin(3*x) + exp(-y^2)";

    private FormulaSurface benchSurface;

    /** The typed surface of {@link #BENCH_FORMULA} over [−2, 2]², made once (its minima search is not timed). */
    private FormulaSurface benchFormula() {
        if (benchSurface == null) {
            try {
                benchSurface = FormulaSurface.of(BENCH_FORMULA, Bounds.square(2));
            } catch (FormulaException e) {
                throw new IllegalStateException("the bench formula does not parse: " + e.getMessage(), e);
            }
        }
        return benchSurface;
    }

    private void report(PrintWriter out, String name, String unit, DoubleSupplier run) {
        report(out, name, unit, runs, run);
    }

    private void report(PrintWriter out, String name, String unit, int runs, DoubleSupplier run) {
        report(out, name, unit, runs, run, run);
    }

    /** Times {@code runs} runs of {@code run} after warming up with {@code warmUp} (several times). */
    private void report(PrintWriter out, String name, String unit, int runs, DoubleSupplier run,
            DoubleSupplier warmUp) {
        if (!wanted.matcher(name).find()) {
            return;
        }
        if (list) {
            out.println(name);
            return;
        }
        if (fork != null) {
            fork.measure(name, out);
            return;
        }
        // Warm up for half as many runs, and for at least a second: a fresh JVM's JIT is still compiling after a few
        // 30 ms heat maps.
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < MAX_WARM_UPS && (i < Math.max(2, runs / 2) || System.nanoTime() < warmUpEnd); i++) {
            warmUp.getAsDouble();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = run.getAsDouble();
        }
        out.println(BenchFigure.of(name, unit, times).line());
        out.flush();
    }
}
