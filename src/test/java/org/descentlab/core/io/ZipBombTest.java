package org.descentlab.core.io;

import static org.descentlab.core.io.CorruptFileTest.failure;
import static org.descentlab.core.io.HandMadeNumpy.header;
import static org.descentlab.core.io.HandMadeNumpy.npy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives that take a megabyte on disk and unpack to a gigabyte are refused quickly, by what their headers declare,
 * without unpacking them or allocating what they claim. A reader that trusted them would run out of memory or time.
 */
class ZipBombTest {

    /** Unpacking a gigabyte takes seconds and allocating it fails; refusing takes milliseconds. */
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    private static final int GIGABYTE_IN_MEGABYTES = 1024;

    @TempDir
    Path folder;

    /** An archive whose only member, "inputs.npy", is {@code npy} followed by a gigabyte of zeros. */
    private Path bomb(byte[] npy, boolean declareTrueSize) throws IOException {
        HandMadeZip.Deflated content = HandMadeZip.zerosAfter(npy, GIGABYTE_IN_MEGABYTES);
        long declared = declareTrueSize ? content.size() : npy.length;
        byte[] zip = HandMadeZip.archive(List.of(
                new HandMadeZip.Member("inputs.npy", HandMadeZip.DEFLATED, content.crc(), declared, content.data())));
        return HandMadeNumpy.file(folder, "bomb.npz", zip);
    }

    @Test
    void memberThatUnpacksFarBeyondItsDeclaredShapeIsRefusedWithoutUnpackingTheRest() throws IOException {
        Path file = bomb(npy(header("<f4", "(2,)"), new byte[8]), false);

        String message = assertTimeoutPreemptively(QUICKLY, () -> failure(() -> NpzFile.read(file)));

        assertEquals("bomb.npz: 'inputs' holds more bytes than its .npy header declares (the file may be damaged)",
                message);
    }

    @Test
    void memberThatTheArchiveSaysUnpacksToAGigabyteIsRefusedBeforeUnpacking() throws IOException {
        Path file = bomb(npy(header("<f4", "(2,)"), new byte[8]), true);

        String message = assertTimeoutPreemptively(QUICKLY, () -> failure(() -> NpzFile.read(file)));

        assertEquals("bomb.npz: 'inputs' unpacks to 1073741960 bytes, more than this app reads (at most 67118876)",
                message);
    }

    @Test
    void shapeDeclaringMoreValuesThanTheAppReadsIsRefusedBeforeAllocating() throws IOException {
        Path file = bomb(npy(header("<f8", "(260000000,)"), new byte[0]), false);

        String message = assertTimeoutPreemptively(QUICKLY, () -> failure(() -> NpzFile.read(file)));

        assertEquals("bomb.npz: 'inputs' declares 260000000 values, more than this app reads (at most 8388608)",
                message);
    }
}
