package org.descentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.descentlab.core.io.NumpyFileException;
import org.descentlab.core.io.ShortestDecimal;
import org.descentlab.core.io.TrajectoryFile;
import org.descentlab.core.landscape.Directions;
import org.descentlab.core.landscape.Landscape;
import org.descentlab.core.landscape.LandscapeLimits;
import org.descentlab.core.landscape.LandscapeRequest;
import org.descentlab.core.landscape.Trajectory;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.Parameters;
import org.descentlab.session.LandscapeComputation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landscape}: the network's training loss on a plane through PARAMS, f(a, b) = L(θ + a·d₁ + b·d₂), as CSV
 * {@code a,b,loss}, one row per sample of the N × N grid over [−S, S]², row by row from the top (b decreasing), left
 * to right (a increasing), as {@code basin} orders its rows. The plane is spanned by the trajectory's two principal
 * directions ({@code pca}, the default when a trajectory is given) or by two seeded filter-normalised random
 * directions ({@code random}, the default otherwise). The explained shares of PCA's directions go to standard error
 * as one comment line, so that standard output stays plain CSV.
 */
@Command(name = "landscape", mixinStandardHelpOptions = true,
        description = "Print the training loss of PARAMS on DATASET over a plane through the parameters as CSV: "
                + "a,b,loss (rows from the top, b decreasing; a increasing within a row).")
public final class LandscapeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "FILE.npz", required = true, description = "inputs and labels")
    Path dataset;

    @Option(names = "--params", paramLabel = "FILE.npz", required = true,
            description = "The parameters θ at the centre (0, 0).")
    Path params;

    @Option(names = "--trajectory", paramLabel = "FILE.npz",
            description = "The training path (train --trajectory): projected onto the plane; needed for pca.")
    Path trajectory;

    @Option(names = "--directions", paramLabel = "pca|random",
            description = "The plane: pca (default with --trajectory) or random (filter-normalised, the default "
                    + "otherwise).")
    String directions;

    @Option(names = "--grid", paramLabel = "N", description = "Samples per side, 2 to 401 (default 101).")
    String grid;

    @Option(names = "--span", paramLabel = "S",
            description = "Half the side of the square [-S, S]^2 (default: 1 for random; for pca, the path with a "
                    + "margin).")
    String span;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random directions (default 0).")
    Long seed;

    @Option(names = "--activation", paramLabel = "NAME", defaultValue = "sigmoid",
            description = "Hidden activation: sigmoid (default), tanh or relu.")
    String activation;

    @Override
    public Integer call() {
        Activation act = TrainCommand.parseActivation(activation);
        Directions kind = directions();
        int size = grid == null ? (int) LandscapeLimits.GRID.defaultValue()
                : (int) BudgetOptions.checked(() -> LandscapeLimits.GRID.parse(grid, "--grid"));
        double halfSide = span == null ? Double.NaN
                : BudgetOptions.checked(() -> LandscapeLimits.SPAN.parse(span, "--span"));
        if (kind == Directions.PCA && trajectory == null) {
            throw new UsageError("--directions pca needs --trajectory (the parameters saved at each epoch, as "
                    + "train --trajectory writes them)");
        }
        Dataset data = Files.readDataset(dataset);
        Parameters theta = Files.readParameters(params);
        Trajectory path = trajectory == null ? null : readTrajectory(theta);
        Landscape landscape;
        try {
            var request = new LandscapeRequest(data, theta, act, path, kind, size, halfSide, seed == null ? 0 : seed);
            landscape = LandscapeComputation.compute(request);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        if (kind == Directions.PCA) {
            spec.commandLine().getErr().println("# pca: d1 explains " + percent(landscape.plane().share(0))
                    + " of the path's variance, d2 " + percent(landscape.plane().share(1)));
        }
        print(landscape);
        return 0;
    }

    private Directions directions() {
        if (directions == null) {
            return trajectory != null ? Directions.PCA : Directions.RANDOM;
        }
        try {
            return Directions.fromId(directions);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--directions must be pca or random, got '" + directions.trim() + "'");
        }
    }

    private Trajectory readTrajectory(Parameters theta) {
        Trajectory path;
        try {
            path = TrajectoryFile.read(trajectory);
        } catch (NumpyFileException e) {
            throw new UsageError(e.getMessage());
        }
        if (path.parameterCount() != theta.values().length) {
            throw new UsageError(trajectory + " holds " + path.parameterCount() + " parameters per epoch but "
                    + params + " holds a " + theta.shape().describe() + " network of " + theta.values().length
                    + ": the trajectory is another network's");
        }
        return path;
    }

    private void print(Landscape landscape) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("a,b,loss");
        var line = new StringBuilder();
        for (int j = 0; j < landscape.size(); j++) {
            String b = ShortestDecimal.format(landscape.b(j));
            for (int i = 0; i < landscape.size(); i++) {
                line.setLength(0);
                line.append(ShortestDecimal.format(landscape.a(i))).append(',').append(b).append(',')
                        .append(ShortestDecimal.format(landscape.value(i, j)));
                out.println(line);
            }
            OutputFailed.check(out);
        }
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", 100 * share);
    }
}
