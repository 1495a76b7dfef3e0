package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.descentlab.core.descent.BasinMap;
import org.descentlab.core.descent.Status;
import org.descentlab.core.io.ShortestDecimal;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.SurfaceInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code basin}: where one optimizer ends from every start of an N × N grid over the surface's plot bounds, one CSV
 * row per start, row by row from the top (y decreasing), left to right. Each row's end is that of the run
 * {@code trajectory} prints from that start; {@code end} is the index of the declared minimum reached (the order
 * {@code trajectory --list} prints them in), {@code diverged} or {@code running} (see {@link BasinMap}).
 */
@Command(name = "basin", mixinStandardHelpOptions = true,
        description = "Run one optimizer from every start of a grid over the surface and print where each run "
                + "ended as CSV: x0,y0,end,final_x,final_y,steps (end: the minimum's number in trajectory --list, "
                + "diverged or running).")
public final class BasinCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Mixin
    OptimizerOptions optimizer = new OptimizerOptions();

    @Mixin
    ScheduleOptions schedule = new ScheduleOptions();

    @Option(names = "--grid", paramLabel = "N", description = "Starts per side, 2 to 400 (default 120).")
    String grid;

    @Override
    public Integer call() {
        var surface = budget.surface();
        OptimizerType type = optimizer.type(null);
        var values = optimizer.values(type);
        int size = grid == null ? (int) SurfaceLimits.BASIN_GRID.defaultValue()
                : (int) BudgetOptions.checked(() -> SurfaceLimits.BASIN_GRID.parse(grid, "--grid"));
        var map = BasinMap.compute(surface, type, values, size, budget.steps(), budget.noise(), budget.seed(),
                schedule.or(Schedule.CONSTANT), done -> { }, () -> false);
        PrintWriter out = spec.commandLine().getOut();
        out.println("x0,y0,end,final_x,final_y,steps");
        var bounds = surface.info().bounds();
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                var start = BasinMap.start(bounds, size, i, j);
                int end = map.end(i, j);
                out.println(String.join(",", ShortestDecimal.format(start.x()), ShortestDecimal.format(start.y()),
                        end == BasinMap.DIVERGED ? "diverged" : end == BasinMap.RUNNING ? "running"
                                : Integer.toString(end),
                        ShortestDecimal.format(map.finalX(i, j)), ShortestDecimal.format(map.finalY(i, j)),
                        Integer.toString(map.steps(i, j))));
            }
            OutputFailed.check(out);
        }
        return 0;
    }

    /** A status as the CSV writes it: converged, running or diverged. */
    static String word(Status.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The declared minima of a surface, numbered as {@code basin} numbers them, for {@code trajectory --list}: lines
     * of at most 100 characters, each entry "number: x,y" with a star on global minima.
     */
    static List<String> minimaLines(SurfaceInfo info) {
        var lines = new ArrayList<String>();
        String head = "minima (basin's end; * global):";
        var line = new StringBuilder(head);
        for (int m = 0; m < info.minima().size(); m++) {
            Minimum min = info.minima().get(m);
            String entry = " " + m + ": " + Hyperparameter.format(min.point().x()) + ","
                    + Hyperparameter.format(min.point().y()) + (min.global() ? "*" : "")
                    + (m < info.minima().size() - 1 ? ";" : "");
            if (line.length() + entry.length() > 100) {
                lines.add(line.toString());
                line = new StringBuilder(" ".repeat(head.length()));
            }
            line.append(entry);
        }
        lines.add(line.toString());
        return lines;
    }
}
