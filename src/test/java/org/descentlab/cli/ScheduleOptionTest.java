package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SceneJson;
import org.descentlab.core.scene.SurfacesScene;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --schedule} on {@code trajectory} and {@code train}: parsed against the declarations, applied, refused. */
class ScheduleOptionTest {

    private static final String[] BOWL = {"trajectory", "--surface", "bowl", "--optimizer", "gd", "--lr", "0.2",
        "--start", "1,-2", "--steps", "6"};

    @TempDir
    Path dir;

    private static String[] with(String[] args, String... more) {
        var all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void aStepScheduleCutsTheRateOfEveryStepAfterTheInterval() {
        var run = CliRun.of(with(BOWL, "--schedule", "step:every=2,factor=0.5"));
        assertEquals(0, run.code(), run.err());
        // x² + y² under plain descent: x × (1 − 2η) per step, η = 0.2, 0.2, 0.1, 0.1, 0.05, 0.05.
        double[] factors = {0.6, 0.6, 0.8, 0.8, 0.9, 0.9};
        double x = 1;
        for (int k = 1; k <= 6; k++) {
            x *= factors[k - 1];
            String[] cells = run.outLines()[k + 1].split(",");
            assertEquals(x, Double.parseDouble(cells[1]), 1e-15, "step " + k);
            assertEquals(-2 * x, Double.parseDouble(cells[2]), 1e-15, "step " + k);
        }
    }

    @Test
    void withoutTheOptionOrWithAConstantOneTheOutputIsTheSameBytes() {
        var plain = CliRun.of(BOWL);
        assertEquals(plain.out(), CliRun.of(with(BOWL, "--schedule", "constant")).out());
        assertNotEquals(plain.out(), CliRun.of(with(BOWL, "--schedule", "cosine:period=6")).out());
        var train = CliRun.of("train", "--clusters", "3", "--points", "10", "--epochs", "3");
        assertEquals(0, train.code(), train.err());
        assertEquals(train.out(), CliRun.of("train", "--clusters", "3", "--points", "10", "--epochs", "3",
                "--schedule", "constant").out());
    }

    @Test
    void trainFollowsTheScheduleOverEpochs() {
        String[] base = {"train", "--clusters", "3", "--points", "10", "--epochs", "3", "--no-shuffle", "--batch",
            "5"};
        var plain = CliRun.of(base);
        // Six batches an epoch, each line measured before each batch's step. A warm-up starts at 1/w of the rate: the
        // first epoch already differs; a factor of 1 changes nothing.
        var warm = CliRun.of(with(base, "--schedule", "warmup:length=4"));
        assertEquals(0, warm.code(), warm.err());
        assertNotEquals(plain.outLines()[0], warm.outLines()[0]);
        assertEquals(plain.out(), CliRun.of(with(base, "--schedule", "step:every=1,factor=1")).out());
        // The first epoch of a step decay runs at η₀, so its line is the constant run's; the second is not.
        var step = CliRun.of(with(base, "--schedule", "step:every=1,factor=0.1"));
        assertEquals(plain.outLines()[0], step.outLines()[0]);
        assertNotEquals(plain.outLines()[1], step.outLines()[1]);
    }

    @Test
    void aScenesScheduleIsFollowedAndTheOptionOverridesIt() throws IOException {
        var s = SurfacesScene.forSurface(SurfaceRegistry.find("bowl").orElseThrow());
        for (var o : s.optimizers()) {
            s = s.withOptimizer(o.withEnabled(o.type().id().equals("gd")));
        }
        s = s.withOptimizer(s.optimizer("gd").withValues(s.optimizer("gd").values().with("lr", 0.2)))
                .withStart(new org.descentlab.core.surface.Point(1, -2)).withRun(6, 0, 0)
                .withSchedule(ScheduleOptions.parse("step:every=2,factor=0.5"));
        Path file = dir.resolve("s.dlab.json");
        Files.writeString(file, SceneJson.write(new Scene(s, null)));
        var fromScene = CliRun.of("trajectory", "--scene", file.toString());
        assertEquals(0, fromScene.code(), fromScene.err());
        assertEquals(CliRun.of(with(BOWL, "--schedule", "step:every=2,factor=0.5")).out(), fromScene.out());
        assertEquals(CliRun.of(BOWL).out(), CliRun.of("trajectory", "--scene", file.toString(), "--schedule",
                "constant").out());
    }

    @Test
    void parametersLeftOutKeepTheirDefaults() {
        var cosine = ScheduleOptions.parse("cosine:period=50");
        assertEquals(ScheduleKind.COSINE, cosine.kind());
        assertEquals(50, cosine.values().get("period"));
        assertEquals(0, cosine.values().get("floor"));
        assertEquals(new Schedule(ScheduleKind.WARMUP), ScheduleOptions.parse("warmup"));
        assertEquals(Schedule.CONSTANT, ScheduleOptions.parse("constant"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sawtooth                 | unknown kind 'sawtooth' (choose one of: constant, step, exponential, cosine, "
                + "warmup)",
        "step:gamma=0.5           | step has no parameter 'gamma' (it has: every, factor)",
        "constant:every=3         | constant has no parameter 'every' (it takes none)",
        "step:factor=3            | step: Factor d must be between 0.001 and 1, got 3",
        "cosine:period=ten        | cosine: Length T: 'ten' is not a number",
        "step:every               | wants KIND[:KEY=VALUE,...], such as step:every=100,factor=0.5",
        "step:every=5,every=6     | the parameter 'every' is given twice",
    })
    void badInputIsOneLineNamingWhatWouldDoAndExitsWithTwo(String schedule, String expected) {
        for (String command : new String[] {"trajectory", "train"}) {
            var run = command.equals("train") ? CliRun.of("train", "--epochs", "1", "--schedule", schedule)
                    : CliRun.of(with(BOWL, "--schedule", schedule));
            assertEquals(2, run.code(), command + " " + schedule);
            assertEquals("", run.out());
            assertEquals(1, run.errLines().length, run.err());
            assertTrue(run.err().contains(expected), run.err());
        }
    }

    @Test
    void theHelpNamesEveryKindAndEveryKey() {
        String help = CliRun.of("trajectory", "--help").out() + CliRun.of("train", "--help").out();
        for (ScheduleKind kind : ScheduleKind.values()) {
            assertTrue(help.contains(kind.id()), kind.id());
            for (Hyperparameter h : kind.parameters()) {
                assertTrue(help.contains(kind.id() + ":") && help.contains(h.key() + "="), kind.id() + " " + h.key());
            }
        }
    }
}
