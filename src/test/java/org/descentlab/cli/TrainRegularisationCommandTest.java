package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.descentlab.core.io.ParameterFile;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.DatasetSplit;
import org.descentlab.core.nn.GaussianClusters;
import org.descentlab.core.nn.Trainer;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.scene.NetworkScene;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SceneFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code train --dropout p} and {@code train --early-stopping k}. */
class TrainRegularisationCommandTest {

    @TempDir
    Path dir;

    /** Ten noisy clusters of 15 points, 30 % held out, Adam at 0.01: a run that overfits within some 100 epochs. */
    private static final String[] NOISY = {"train", "--clusters", "10", "--points", "15", "--spread", "2.5",
        "--val-split", "0.3", "--param", "lr=0.01", "--seed", "0"};

    private static String[] with(String[] base, String... more) {
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aRunThatStopsEarlySaysWhereAndSavesTheKeptEpochsParameters() throws IOException {
        Path saved = dir.resolve("kept.npz");
        var run = CliRun.of(with(NOISY, "--epochs", "2000", "--early-stopping", "10", "--save-params",
                saved.toString()));
        assertEquals(0, run.code(), run.err());
        String[] lines = run.outLines();
        int stop = lines.length - 1;
        assertTrue(stop < 2000, "did not stop early");

        // An independent run of the same settings in core, without early stopping, to the stopping epoch.
        var data = GaussianClusters.generate(new ClusterSettings(10, 15, 2.5, 8.0, 0L, 0.0));
        var split = DatasetSplit.stratified(data, 0.3, 0L);
        var settings = new TrainingSettings(128, Activation.SIGMOID, Adam.TYPE, Adam.TYPE.defaults().with("lr", 0.01),
                32, true, 2000, 0L, 1L);
        var plain = new Trainer(settings, split);
        int best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        double[] bestParams = null;
        for (int e = 1; e <= stop; e++) {
            var m = plain.stepEpoch();
            assertEquals(TrainCommand.format(m), lines[e - 1], "the epoch lines are those of a run without it");
            if (m.validationLoss() < bestLoss) {
                bestLoss = m.validationLoss();
                best = e;
                bestParams = plain.parameters().values();
            }
        }
        assertEquals(best + 10, stop);
        assertEquals(String.format(java.util.Locale.ROOT,
                "Early stopping: stopped after epoch %d, kept epoch %d (Val Loss: %.6f)", stop, best, bestLoss),
                lines[stop]);
        // The file holds float32, as the seed's does.
        assertArrayEquals(floats(bestParams), floats(ParameterFile.read(saved).values()));
    }

    private static float[] floats(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }

    @Test
    void withoutAValidationSplitEarlyStoppingIsANoteAndChangesNothing() {
        var plain = CliRun.of("train", "--epochs", "3", "--hidden", "16");
        var watched = CliRun.of("train", "--epochs", "3", "--hidden", "16", "--early-stopping", "1");
        assertEquals(0, watched.code(), watched.err());
        assertEquals(plain.out(), watched.out());
        assertTrue(watched.err().startsWith("note: early stopping watches the validation loss; without a validation "
                + "split (--val-split) it has no effect"), watched.err());
    }

    @Test
    void dropoutChangesTheTrainingAndZeroIsNone() {
        var plain = CliRun.of("train", "--epochs", "2", "--hidden", "16");
        var zero = CliRun.of("train", "--epochs", "2", "--hidden", "16", "--dropout", "0", "--early-stopping", "0");
        var some = CliRun.of("train", "--epochs", "2", "--hidden", "16", "--dropout", "0.5");
        assertEquals(plain.out(), zero.out());
        assertEquals(0, some.code(), some.err());
        assertEquals(2, some.outLines().length);
        assertNotEquals(plain.out(), some.out());
        assertEquals(some.out(), CliRun.of("train", "--epochs", "2", "--hidden", "16", "--dropout", "0.5").out(),
                "seeded: the same masks every time");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--dropout|0.95|Dropout (--dropout) must be a number from 0 to 0.9, got 0.95",
        "--dropout|-0.1|Dropout (--dropout) must be a number from 0 to 0.9, got -0.1",
        "--dropout|half|Dropout (--dropout): 'half' is not a number",
        "--early-stopping|-1|Early stopping patience (--early-stopping) must be a whole number from 0 to 100000, "
                + "got -1",
        "--early-stopping|2.5|Early stopping patience (--early-stopping) must be a whole number from 0 to 100000, "
                + "got 2.5",
    })
    void aValueOutOfRangeIsOneLineOnStandardError(String option, String value, String message) {
        var run = CliRun.of("train", "--epochs", "1", option, value);
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertEquals("error: " + message, run.errLines()[0]);
    }

    @Test
    void aScenesDropoutAndPatienceAreTrainedAndTheOptionsOverrideThem() throws IOException {
        var d = NetworkScene.defaults();
        var scene = d.withTraining(d.training().withDropout(0.3).withEarlyStopping(4));
        Path file = dir.resolve("reg" + SceneFile.EXTENSION);
        SceneFile.write(file, new Scene(null, scene));
        String[] small = {"--epochs", "3", "--hidden", "16", "--val-split", "0.2"};
        var fromScene = CliRun.of(with(with(new String[] {"train", "--scene", file.toString()}, small)));
        var fromOptions = CliRun.of(with(with(new String[] {"train"}, small), "--dropout", "0.3", "--early-stopping",
                "4"));
        assertEquals(0, fromScene.code(), fromScene.err());
        assertEquals(fromOptions.out(), fromScene.out());
        var overridden = CliRun.of(with(with(new String[] {"train", "--scene", file.toString()}, small), "--dropout",
                "0", "--early-stopping", "0"));
        assertEquals(CliRun.of(with(new String[] {"train"}, small)).out(), overridden.out());
    }
}
