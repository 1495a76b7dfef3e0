package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.descentlab.core.io.NpyArray;
import org.descentlab.core.io.NpzCompression;
import org.descentlab.core.io.NpzFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's answers to hostile input: one line on standard error, exit 2, nothing lost. */
class CommandLineHardeningTest {

    @TempDir
    Path dir;

    /** Standard output on a full disk: every write fails as /dev/full's do. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private static CliRun onFullDisk(String... args) {
        var stdout = new RecordingOutputStream(new FullDisk());
        var out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1024));
        var err = new StringWriter();
        int code = Cli.run(args, out, new PrintWriter(err), stdout::failure);
        return new CliRun(code, "", err.toString());
    }

    @Test
    void aFullDiskUnderTrajectoryIsReportedNotIgnored() {
        var run = onFullDisk("trajectory", "--surface", "bowl", "--optimizer", "gd", "--steps", "10");
        assertEquals(2, run.code());
        assertEquals("error: cannot write the output (No space left on device)", run.err().strip());
    }

    @Test
    void aFullDiskUnderTrainStopsAtTheFirstEpoch() {
        var run = onFullDisk("train", "--epochs", "1000000");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("No space left on device"), run.err());
    }

    @Test
    void aFullDiskUnderEvaluateAndSceneIsReported() {
        assertEquals(2, onFullDisk("scene", "--defaults", "network").code());
        assertEquals(2, onFullDisk("trajectory", "--list").code());
    }

    @Test
    void aDivergedRunNeverOverwritesAGoodParameterFile() throws IOException {
        Path out = dir.resolve("out.npz");
        assertEquals(0, CliRun.of("train", "--epochs", "1", "--save-params", out.toString()).code());
        byte[] good = Files.readAllBytes(out);
        var run = CliRun.of("train", "--optimizer", "gd", "--lr", "10", "--activation", "relu", "--epochs", "30",
                "--save-params", out.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("were not saved"), run.err());
        assertArrayEquals(good, Files.readAllBytes(out));
    }

    @Test
    void aMissingOutputFolderIsRefusedBeforeTraining() {
        var run = CliRun.of("train", "--epochs", "1000000", "--save-params", dir.resolve("nodir/x.npz").toString());
        assertEquals(2, run.code());
        assertEquals("", run.out(), "not one epoch was trained");
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    @Test
    void theSameFileNamedAsTwoOutputsIsRefused() {
        String f = dir.resolve("f.npz").toString();
        var run = CliRun.of("train", "--epochs", "1", "--save-dataset", f, "--save-params", f);
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("named as two outputs"), run.err());
        assertFalse(Files.exists(Path.of(f)));
    }

    @Test
    void anAtSignIsAFileNameNotAnArgumentFile() throws IOException {
        Path args = dir.resolve("args.txt");
        Files.writeString(args, "--epochs 1");
        var run = CliRun.of("train", "--dataset", "@" + args);
        assertEquals(2, run.code());
        assertFalse(run.err().contains("--epochs 1"), run.err());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void aHyperparameterGivenTwiceIsRefused() {
        var twice = CliRun.of("trajectory", "--surface", "bowl", "--optimizer", "gd", "--param", "lr=0.1",
                "--param", "lr=0.2");
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("'lr' is given twice"), twice.err());
        var both = CliRun.of("train", "--lr", "0.1", "--param", "lr=0.2");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--lr is short for --param lr="), both.err());
    }

    @Test
    void aDatasetWithAHugeLabelIsRefusedWithoutAllocatingItsClasses() throws IOException {
        // Two points whose labels say 100,000,001 classes: once an OutOfMemoryError and a stack trace.
        Path file = dir.resolve("huge-label.npz");
        var arrays = new LinkedHashMap<String, NpyArray>();
        arrays.put("inputs", NpyArray.float32(new double[] {0, 0, 1, 1}, 2, 2));
        arrays.put("labels", NpyArray.int64(new long[] {0, 100_000_000}, 2));
        NpzFile.write(file, arrays, NpzCompression.STORED);
        var run = CliRun.of("train", "--dataset", file.toString(), "--epochs", "1");
        assertEquals(2, run.code(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("at most 50"), run.err());
    }

    @Test
    void optionsOutsideTheDeclaredLimitsAreRefusedBeforeAnyAllocation() {
        var run = CliRun.of("train", "--clusters", "50", "--points", "10000", "--hidden", "1024", "--batch", "full",
                "--epochs", "1");
        // 500,000 points through 1,024 units in one batch need about 8.6 GB: refused whatever the heap (the test
        // JVM's heap is far below that), never an OutOfMemoryError.
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith("error: Not enough memory"), run.err());
    }

    @Test
    void anEmptyDatasetSaysSoWithoutMentioningASplitNobodyGave() throws IOException {
        Path file = dir.resolve("empty.npz");
        var arrays = new LinkedHashMap<String, NpyArray>();
        arrays.put("inputs", NpyArray.float32(new double[0], 0, 2));
        arrays.put("labels", NpyArray.int64(new long[0], 0));
        NpzFile.write(file, arrays, NpzCompression.STORED);
        var run = CliRun.of("train", "--dataset", file.toString());
        assertEquals(2, run.code());
        assertFalse(run.err().contains("--val-split"), run.err());
        assertTrue(run.err().contains("at least two points"), run.err());
    }
}
