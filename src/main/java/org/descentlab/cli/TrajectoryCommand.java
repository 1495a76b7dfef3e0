package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.descentlab.core.descent.Status;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.io.ShortestDecimal;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trajectory}: one optimizer's path on one surface, as CSV. */
@Command(name = "trajectory", mixinStandardHelpOptions = true,
        description = "Print one optimizer's path on one surface as CSV: step,x,y,loss.")
public final class TrajectoryCommand implements Callable<Integer> {

    /** Upper limit of --steps, so that a typo cannot fill the disk. */
    static final int MAX_STEPS = 10_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--surface", paramLabel = "ID", description = "Surface id (see --list).")
    String surfaceId;

    @Mixin
    OptimizerOptions optimizer = new OptimizerOptions();

    @Option(names = "--start", paramLabel = "X,Y", description = "Start point; default: the surface's own.")
    String start;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "100", description = "Number of steps (default 100).")
    int steps;

    @Option(names = "--noise", paramLabel = "S", defaultValue = "0",
            description = "Gradient noise σ: adds σ·N(0,1) to every gradient coordinate (default 0).")
    double noise;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "0", description = "Seed of the noise (default 0).")
    long seed;

    @Option(names = "--list", description = "List every surface and optimizer with its keys and defaults.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            printList(out);
            return 0;
        }
        if (surfaceId == null) {
            throw new UsageError("--surface is required (one of: " + SurfaceRegistry.ids() + ")");
        }
        Surface surface = SurfaceRegistry.find(surfaceId).orElseThrow(() -> new UsageError(
                "unknown surface '" + surfaceId + "' (choose one of: " + SurfaceRegistry.ids() + ")"));
        OptimizerType type = optimizer.type(null);
        var values = optimizer.values(type);
        if (steps < 0 || steps > MAX_STEPS) {
            throw new UsageError("--steps must be between 0 and " + MAX_STEPS + ", got " + steps);
        }
        if (!(noise >= 0 && noise <= 100)) {
            throw new UsageError("--noise must be between 0 and 100, got " + noise);
        }
        Point from = start == null ? surface.info().start() : parsePoint(start);
        var walker = new Walker(surface, type.create(values), from, noise, seed);

        out.println("step,x,y,loss");
        printRow(out, walker, 0);
        for (int k = 1; k <= steps && walker.step(); k++) {
            if (walker.path().size() > k) {
                printRow(out, walker, k);
            }
        }
        out.flush();
        Status status = walker.status();
        if (status.diverged()) {
            spec.commandLine().getErr().println(type.id() + " diverged at step " + status.step() + " on " + surface.id()
                    + "; the path ends at step " + (walker.path().size() - 1) + ", its last finite point");
        }
        return 0;
    }

    private static void printRow(PrintWriter out, Walker walker, int k) {
        var path = walker.path();
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
                double x = Double.parseDouble(parts[0].trim());
                double y = Double.parseDouble(parts[1].trim());
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    return new Point(x, y);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new UsageError("--start wants two finite numbers X,Y such as -1.5,2, got '" + text + "'");
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
