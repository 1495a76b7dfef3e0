package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.io.ShortestDecimal;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.scene.SettingException;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.core.scene.SurfacesScene;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code trajectory}: optimizers' paths on one surface, as CSV. Either one optimizer chosen by options, or a scene
 * file's race ({@code --scene}): its enabled optimizers, then its copies (named {@code gd#2}, {@code gd#3} … in the
 * optimizer column), options beside it overriding the scene's values. {@code --start} moves the common start; a copy
 * with a start of its own keeps it, as in the window. {@code --formula} types a surface instead of naming one, over
 * {@code --bounds} ([−3, 3]² when not given). {@code --optimizer}, {@code --lr} or {@code --param} with a
 * scene print that one optimizer alone, without copies. {@code --schedule} makes every learning rate follow a
 * schedule over the steps (a scene's own schedule otherwise; none without a scene). Rows are streamed as they are computed: a million steps need
 * no memory, and a closed pipe stops the work at once.
 */
@Command(name = "trajectory", mixinStandardHelpOptions = true,
        description = "Print optimizers' paths on one surface as CSV: step,x,y,loss (optimizer,step,x,y,loss for "
                + "several).")
public final class TrajectoryCommand implements Callable<Integer> {

    /** Rows between two checks that standard output still takes them. */
    private static final int CHECK_EVERY = 4096;

    @Spec
    CommandSpec spec;

    @Option(names = "--scene", paramLabel = "FILE.dlab.json",
            description = "Run this scene's race: its switched-on optimizers, then its copies (gd#2, gd#3 …).")
    java.nio.file.Path scene;

    @Option(names = "--surface", paramLabel = "ID", description = "Surface id (see --list).")
    String surfaceId;

    @Option(names = "--formula", paramLabel = "EXPR", description = BudgetOptions.FORMULA_HELP)
    String formula;

    @Option(names = "--bounds", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = BudgetOptions.BOUNDS_HELP)
    String bounds;

    @Mixin
    OptimizerOptions optimizer = new OptimizerOptions();

    @Mixin
    ScheduleOptions schedule = new ScheduleOptions();

    @Option(names = "--start", paramLabel = "X,Y", description = "Start point; default: the surface's own.")
    String start;

    @Option(names = "--steps", paramLabel = "N", description = "Number of steps, 1 to 1000000 (default 100).")
    String steps;

    @Option(names = "--noise", paramLabel = "S",
            description = "Gradient noise σ, 0 to 10: adds σ·N(0,1) to every gradient coordinate (default 0).")
    String noise;

    @Option(names = "--seed", paramLabel = "K", description = "Seed of the noise (default 0).")
    Long seed;

    @Option(names = "--list", description = "List every surface and optimizer with its keys and defaults.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            printList(out);
            OutputFailed.check(out);
            return 0;
        }
        List<Run> runs;
        Surface surface;
        Point from;
        int stepCount;
        double sigma;
        long noiseSeed;
        Schedule rates;
        try {
            if (scene != null) {
                var read = SceneFiles.read(scene, spec.commandLine().getErr());
                if (read.surfaces() == null) {
                    throw new UsageError(scene + ": the scene sets up no race (it has no 'surfaces' part)");
                }
                SurfacesScene s = read.surfaces();
                Surface chosen = BudgetOptions.surface(surfaceId, formula, bounds);
                surface = chosen == null ? s.surface() : chosen;
                from = start == null ? s.start() : parsePoint(start);
                stepCount = steps == null ? s.steps() : (int) SurfaceLimits.STEPS.parse(steps, "--steps");
                sigma = noise == null ? s.noise() : SurfaceLimits.NOISE.parse(noise, "--noise");
                noiseSeed = seed == null ? s.noiseSeed() : seed;
                runs = sceneRuns(s);
                rates = schedule.or(s.schedule());
            } else {
                surface = BudgetOptions.surface(surfaceId, formula, bounds);
                if (surface == null) {
                    throw new UsageError("--surface is required (one of: " + SurfaceRegistry.ids()
                            + "), or type one with --formula");
                }
                OptimizerType type = optimizer.type(null);
                runs = List.of(new Run(type.id(), type, optimizer.values(type), null));
                from = start == null ? surface.info().start() : parsePoint(start);
                stepCount = steps == null ? 100 : (int) SurfaceLimits.STEPS.parse(steps, "--steps");
                sigma = noise == null ? 0 : SurfaceLimits.NOISE.parse(noise, "--noise");
                noiseSeed = seed == null ? 0 : seed;
                rates = schedule.or(Schedule.CONSTANT);
            }
        } catch (SettingException e) {
            throw new UsageError(e.getMessage());
        }
        boolean several = runs.size() > 1;
        out.println(several ? "optimizer,step,x,y,loss" : "step,x,y,loss");
        for (Run run : runs) {
            Point runStart = run.ownStart() == null ? from : run.ownStart();
            var walker = new Walker(surface, run.type().create(run.values()), runStart, sigma, noiseSeed, false);
            walker.setSchedule(rates);
            String prefix = several ? run.name() + "," : "";
            printRow(out, prefix, walker, 0);
            for (int k = 1; k <= stepCount && walker.step(); k++) {
                if (walker.path().size() > k) {
                    printRow(out, prefix, walker, k);
                }
                if (k % CHECK_EVERY == 0) {
                    OutputFailed.check(out);
                }
            }
            OutputFailed.check(out);
            var status = walker.status();
            if (status.diverged()) {
                spec.commandLine().getErr().println(run.name() + " diverged at step " + status.step() + " on "
                        + surface.id() + "; the path ends at step " + walker.currentStep() + ", its last finite point");
            }
        }
        return 0;
    }

    /**
     * The scene's enabled optimizers then its copies, as its race runs them; or the one named by --optimizer with the
     * scene's (or its default) values.
     */
    private List<Run> sceneRuns(SurfacesScene s) {
        if (optimizer.given()) {
            OptimizerType type = optimizer.type(null);
            return List.of(new Run(type.id(), type, optimizer.values(type, s.optimizer(type.id()).values()), null));
        }
        var runs = new ArrayList<Run>();
        s.enabled().forEach(o -> runs.add(new Run(o.type().id(), o.type(), o.values(), null)));
        for (int i = 0; i < s.copies().size(); i++) {
            var copy = s.copies().get(i);
            runs.add(new Run(s.copyName(i), copy.type(), copy.values(), copy.start()));
        }
        if (runs.isEmpty()) {
            throw new UsageError(scene + ": no optimizer of the scene is switched on; name one with --optimizer");
        }
        return runs;
    }

    /** One printed path: its name in the optimizer column, the optimizer, and its own start or {@code null}. */
    private record Run(String name, OptimizerType type, HyperparameterValues values, Point ownStart) {
    }

    private static void printRow(PrintWriter out, String prefix, Walker walker, int k) {
        var path = walker.path();
        out.print(prefix);
        out.print(k);
        out.print(',');
        out.print(ShortestDecimal.format(path.x(k)));
        out.print(',');
        out.print(ShortestDecimal.format(path.y(k)));
        out.print(',');
        out.println(ShortestDecimal.format(path.loss(k)));
    }

    static Point parsePoint(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length == 2) {
            try {
                double x = Hyperparameter.parseNumber(parts[0], "--start");
                double y = Hyperparameter.parseNumber(parts[1], "--start");
                SurfaceLimits.START.check(x, "--start");
                SurfaceLimits.START.check(y, "--start");
                return new Point(x, y);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new UsageError("--start wants two numbers X,Y between -1e6 and 1e6, such as -1.5,2, got '" + text + "'");
    }

    private static void printList(PrintWriter out) {
        out.println("Surfaces (--surface ID):");
        for (Surface s : SurfaceRegistry.all()) {
            var info = s.info();
            var b = info.bounds();
            out.printf("  %-11s %s. %s%n", info.id(), info.name(), info.description());
            out.printf("  %-11s bounds [%s, %s] x [%s, %s], start %s,%s, f* = %s, suggested lr %s%n", "",
                    fmt(b.xMin()), fmt(b.xMax()), fmt(b.yMin()), fmt(b.yMax()), fmt(info.start().x()),
                    fmt(info.start().y()), fmt(info.minimumValue()), fmt(info.suggestedLearningRate()));
            BasinCommand.minimaLines(info).forEach(line -> out.printf("  %-11s %s%n", "", line));
        }
        out.println();
        out.println("Optimizers (--optimizer ID, then --param KEY=VALUE for any key):");
        for (OptimizerType t : OptimizerRegistry.all()) {
            out.printf("  %-11s %s. %s%n", t.id(), t.name(), t.description());
            for (Hyperparameter h : t.hyperparameters()) {
                out.printf("  %-11s   %-20s default %-8s range [%s, %s]%s%n", "", h.key(), fmt(h.defaultValue()),
                        fmt(h.min()), fmt(h.max()), h.scale() == org.descentlab.core.optim.Scale.SWITCH
                                ? " (0 = off, 1 = on)" : "");
            }
        }
    }

    private static String fmt(double v) {
        return Hyperparameter.format(v);
    }
}
