package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.descentlab.core.descent.LearningRateSweep;
import org.descentlab.core.io.ShortestDecimal;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.scene.Limit;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.core.surface.Point;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sweep}: one optimizer from one start at every learning rate of a log grid, one CSV row per rate with how the
 * run ended. Each row is the last row {@code trajectory} prints with the same settings at that rate.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run one optimizer at every learning rate of a log grid and print how each run ended as CSV: "
                + "lr,final_x,final_y,final_loss,status,steps_to_converge.")
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Mixin
    OptimizerOptions optimizer = new OptimizerOptions();

    @Mixin
    ScheduleOptions schedule = new ScheduleOptions();

    @Option(names = "--start", paramLabel = "X,Y", description = "Start point; default: the surface's own.")
    String start;

    @Option(names = "--lr-min", paramLabel = "A", description = "Smallest learning rate (default 1e-5).")
    String lrMin;

    @Option(names = "--lr-max", paramLabel = "B", description = "Largest learning rate (default 10).")
    String lrMax;

    @Option(names = "--points", paramLabel = "K",
            description = "Learning rates, evenly spaced in log scale, 2 to 1000 (default 61).")
    String points;

    @Override
    public Integer call() {
        var surface = budget.surface();
        OptimizerType type = optimizer.type(null);
        var values = optimizer.values(type);
        String rateKey = LearningRateSweep.learningRate(type).key();
        if (optimizer.learningRate != null || optimizer.params.stream().anyMatch(p -> p.strip()
                .startsWith(rateKey + "="))) {
            throw new UsageError("the sweep sets the learning rate itself; give its range with --lr-min and --lr-max");
        }
        Point from = start == null ? surface.info().start() : TrajectoryCommand.parsePoint(start);
        int steps = budget.steps();
        double min = read(SurfaceLimits.SWEEP_LR_MIN, lrMin, "--lr-min");
        double max = read(SurfaceLimits.SWEEP_LR_MAX, lrMax, "--lr-max");
        if (!(min < max)) {
            throw new UsageError("--lr-max (" + Hyperparameter.format(max) + ") must be above --lr-min ("
                    + Hyperparameter.format(min) + ")");
        }
        int count = (int) read(SurfaceLimits.SWEEP_POINTS, points, "--points");
        var result = LearningRateSweep.run(surface, type, values, from, steps, budget.noise(), budget.seed(),
                schedule.or(Schedule.CONSTANT), new LearningRateSweep.Grid(min, max, count), done -> { }, () -> false);
        PrintWriter out = spec.commandLine().getOut();
        out.println("lr,final_x,final_y,final_loss,status,steps_to_converge");
        for (var row : result.rows()) {
            out.println(String.join(",", ShortestDecimal.format(row.lr()), ShortestDecimal.format(row.finalX()),
                    ShortestDecimal.format(row.finalY()), ShortestDecimal.format(row.finalLoss()),
                    BasinCommand.word(row.status().state()),
                    row.stepsToConverge().isPresent() ? Integer.toString(row.stepsToConverge().getAsInt()) : ""));
        }
        OutputFailed.check(out);
        return 0;
    }

    private static double read(Limit limit, String text, String option) {
        return text == null ? limit.defaultValue() : BudgetOptions.checked(() -> limit.parse(text, option));
    }
}
