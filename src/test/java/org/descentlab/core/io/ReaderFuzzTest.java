package org.descentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of damaged headers and archives, made from valid files by {@link Mutator}: reading each either succeeds
 * or fails with the reader's own {@link NumpyFileException}, whose message is one printable line of reasonable
 * length, never another exception or an {@link Error}, and all of them together take seconds. A failure names its
 * case; the fixed seeds replay it.
 */
class ReaderFuzzTest {

    /** Headers are read from memory, in microseconds each. */
    private static final int HEADER_CASES = 10_000;

    /** Archives must be files for {@code ZipFile}: a write, a read and a delete, a few hundred microseconds each. */
    private static final int ARCHIVE_CASES = 4_000;

    /**
     * Each run takes a second or two on a quiet machine; this bound is only reached by a reader that hangs or crawls.
     * The archive run writes 4,000 files: with other builds busy on the same disk and cores it took 6.4 s alone and
     * passed 20 s inside a full build, hence a bound well above that.
     */
    private static final Duration BOUND = Duration.ofSeconds(60);

    /** Far above any real message, far below what a name or header of thousands of characters would give. */
    private static final int MAX_MESSAGE_CHARS = 500;

    private static final Path NPY_NAME = Path.of("fuzz.npy");

    @TempDir
    Path folder;

    private static List<byte[]> npySeeds() {
        String text = HandMadeNumpy.header("<f8", "(2, 1)");
        byte[] data = HandMadeNumpy.float64s(ByteOrder.BIG_ENDIAN, 0.5, -2);
        return List.of(
                NpyCodec.toBytes(NpyArray.float32(new double[] {1, 2, 3, 4, 5, 6}, 3, 2)),
                NpyCodec.toBytes(NpyArray.int64(new long[] {7, -8, 9}, 3)),
                NpyCodec.toBytes(NpyArray.float64(new double[] {Math.PI})),
                NpyCodec.toBytes(NpyArray.int32(new long[0], 0, 4)),
                HandMadeNumpy.npy(2, text.replace("<f8", ">f8"), data),
                HandMadeNumpy.npy(3, text.replace("<f8", ">f8"), data));
    }

    private List<byte[]> npzSeeds() throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("inputs", NpyArray.float32(new double[] {0.5, 1.5, -2, 3}, 2, 2));
        arrays.put("labels", NpyArray.int64(new long[] {0, 1}, 2));
        List<byte[]> seeds = new ArrayList<>();
        for (NpzCompression compression : NpzCompression.values()) {
            Path file = folder.resolve("seed-" + compression + ".npz");
            NpzFile.write(file, arrays, compression);
            seeds.add(Files.readAllBytes(file));
        }
        for (String fixture : List.of("ch2_dataset.npz", "ch2_dataset_stored.npz", "ch2_parameters.npz")) {
            seeds.add(Files.readAllBytes(HandMadeNumpy.fixture(folder, fixture)));
        }
        return seeds;
    }

    @Test
    void damagedNpyFilesOnlyEverFailWithTheReadersOwnMessage() {
        List<byte[]> seeds = npySeeds();
        var random = new Random(20_261_201L);
        var mutator = new Mutator(random);

        assertTimeoutPreemptively(BOUND, () -> {
            for (int i = 0; i < HEADER_CASES; i++) {
                byte[] bytes = mutator.mutate(seeds.get(random.nextInt(seeds.size())));
                expectOnlyOwnFailure(i, bytes, () -> NpyCodec.read(new ByteArrayInputStream(bytes),
                        new ArraySource(NPY_NAME, null), new ValueLimit(NpyFile.DEFAULT_MAX_VALUES)));
            }
        });
    }

    @Test
    void damagedNpzArchivesOnlyEverFailWithTheReadersOwnMessage() throws IOException {
        List<byte[]> seeds = npzSeeds();
        var random = new Random(20_261_202L);
        var mutator = new Mutator(random);

        assertTimeoutPreemptively(BOUND, () -> {
            for (int i = 0; i < ARCHIVE_CASES; i++) {
                byte[] bytes = mutator.mutate(seeds.get(random.nextInt(seeds.size())));
                // A new file each time: on ext4, truncating a file to rewrite it waits for the disk.
                Path file = Files.write(folder.resolve("fuzz-" + i + ".npz"), bytes);
                expectOnlyOwnFailure(i, bytes, () -> NpzFile.read(file));
                Files.delete(file);
            }
        });
    }

    /** A read that may succeed or fail with a NumpyFileException; anything else fails the test, naming the case. */
    private interface Read {
        Object run() throws IOException;
    }

    private static void expectOnlyOwnFailure(int index, byte[] bytes, Read read) {
        String message;
        try {
            read.run();
            return;
        } catch (NumpyFileException expected) {
            message = expected.getMessage();
        } catch (Throwable other) { // Errors too: a stack overflow or running out of memory is exactly what we hunt
            throw new AssertionError("case " + index + " threw " + other + " for " + hex(bytes), other);
        }
        boolean oneLine = message.chars().noneMatch(Character::isISOControl) && message.length() <= MAX_MESSAGE_CHARS;
        if (!oneLine) {
            fail("case " + index + " gave a message that is not one printable line: " + message + " for "
                    + hex(bytes));
        }
    }

    private static String hex(byte[] bytes) {
        return "bytes " + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 256));
    }
}
