package org.descentlab.core.io;

import static org.descentlab.core.io.HandMadeNumpy.float32s;
import static org.descentlab.core.io.HandMadeNumpy.float64s;
import static org.descentlab.core.io.HandMadeNumpy.header;
import static org.descentlab.core.io.HandMadeNumpy.int32s;
import static org.descentlab.core.io.HandMadeNumpy.int64s;
import static org.descentlab.core.io.HandMadeNumpy.npy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .npy bytes we write, checked against numpy's format description, and hand-made files in every form we read. */
class NpyFormatTest {

    @TempDir
    Path folder;

    private static String headerText(byte[] npy) {
        int length = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        return new String(npy, 10, length, StandardCharsets.ISO_8859_1);
    }

    private static byte[] dataOf(byte[] npy) {
        return Arrays.copyOfRange(npy, 10 + headerText(npy).length(), npy.length);
    }

    @Test
    void writtenFileStartsWithMagicAndVersionOne() {
        byte[] bytes = NpyCodec.toBytes(NpyArray.float32(new double[] {1, 2}, 1, 2));

        assertArrayEquals(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}, Arrays.copyOf(bytes, 8));
    }

    @Test
    void writtenHeaderIsNumpysDictPaddedToSixtyFourBytes() {
        byte[] bytes = NpyCodec.toBytes(NpyArray.float32(new double[2000], 1000, 2));
        String header = headerText(bytes);

        assertEquals(118, header.length()); // numpy 2.4's np.save gives 118 for this array, as in the fixtures
        assertEquals(0, (10 + header.length()) % 64);
        assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (1000, 2), }"));
        assertTrue(header.endsWith("\n"));
        assertEquals("", header.substring(62, header.length() - 1).strip());
        assertEquals(128 + 8000, bytes.length);
    }

    @Test
    void writtenHeadersSpellShapesAsPythonTuples() {
        assertTrue(headerText(NpyCodec.toBytes(NpyArray.float64(new double[] {1}))).startsWith(
                "{'descr': '<f8', 'fortran_order': False, 'shape': (), }"));
        assertTrue(headerText(NpyCodec.toBytes(NpyArray.int64(new long[0], 0))).startsWith(
                "{'descr': '<i8', 'fortran_order': False, 'shape': (0,), }"));
        assertTrue(headerText(NpyCodec.toBytes(NpyArray.int32(new long[5], 5))).startsWith(
                "{'descr': '<i4', 'fortran_order': False, 'shape': (5,), }"));
    }

    @Test
    void alreadyAlignedHeaderGetsAFullBlockOfPaddingLikeNumpy() {
        // numpy pads with 64 - (length % 64) spaces, so 64 when nothing is needed; np.save checked by hand: 182.
        int[] shape = {1, 10, 10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

        byte[] bytes = NpyCodec.toBytes(NpyArray.float64(new double[100], shape));

        assertEquals(182, headerText(bytes).length());
    }

    @Test
    void writtenDataIsLittleEndianInRowMajorOrder() {
        byte[] bytes = NpyCodec.toBytes(NpyArray.int32(new long[] {1, 2, 3, 0x01020304}, 2, 2));

        assertArrayEquals(int32s(1, 2, 3, 0x01020304), dataOf(bytes));
    }

    @Test
    void float32IsWrittenAsTheNearestFloat() {
        double halfwayAboveOne = 1 + Math.ulp(1f) / 2; // a tie: rounds to the even neighbour, 1.0f
        double justAbove = 1 + Math.ulp(1f) * 0.75;

        byte[] bytes = NpyCodec.toBytes(NpyArray.float32(new double[] {0.1, halfwayAboveOne, justAbove}, 3));

        assertArrayEquals(float32s(0.1f, 1f, Math.nextUp(1f)), dataOf(bytes));
    }

    @Test
    void readsVersionOneFloat32() throws IOException {
        Path file = HandMadeNumpy.file(folder, "a.npy", npy(header("<f4", "(2, 2)"), float32s(1.5f, -2, 0.1f, 3)));

        assertEquals(NpyArray.float32(new double[] {1.5, -2, 0.1f, 3}, 2, 2), NpyFile.read(file));
    }

    @Test
    void readsVersionTwoWithItsFourByteHeaderLength() throws IOException {
        Path file = HandMadeNumpy.file(folder, "a.npy", npy(2, header("<i8", "(3,)"), int64s(-1, 0, Long.MAX_VALUE)));

        assertEquals(NpyArray.int64(new long[] {-1, 0, Long.MAX_VALUE}, 3), NpyFile.read(file));
    }

    @Test
    void readsVersionThreeWithAUtf8Header() throws IOException {
        Path file = HandMadeNumpy.file(folder, "a.npy", npy(3, header("<i4", "(1, 2)"), int32s(7, -7)));

        assertEquals(NpyArray.int32(new long[] {7, -7}, 1, 2), NpyFile.read(file));
    }

    @Test
    void readsBigEndianFloat64() throws IOException {
        byte[] data = float64s(ByteOrder.BIG_ENDIAN, 1.5, -2.25);
        Path file = HandMadeNumpy.file(folder, "a.npy", npy(header(">f8", "(2,)"), data));

        assertEquals(NpyArray.float64(new double[] {1.5, -2.25}, 2), NpyFile.read(file));
    }

    @Test
    void readsHeadersWrittenInAnyOrderWithDoubleQuotesAndNoTrailingComma() throws IOException {
        String header = "{\"shape\":(2,),\"fortran_order\" : False,  \"descr\":\"<f8\"}";
        Path file = HandMadeNumpy.file(folder, "a.npy", npy(header, float64s(ByteOrder.LITTLE_ENDIAN, 3, 4)));

        assertEquals(NpyArray.float64(new double[] {3, 4}, 2), NpyFile.read(file));
    }

    @Test
    void readsPythonTwoLongIntegersInTheShape() throws IOException {
        Path file = HandMadeNumpy.file(folder, "a.npy", npy(header("<i8", "(2L, 1L)"), int64s(7, 8)));

        assertEquals(NpyArray.int64(new long[] {7, 8}, 2, 1), NpyFile.read(file));
    }

    @Test
    void readsSingleValueWithEmptyShape() throws IOException {
        Path file = HandMadeNumpy.file(folder, "a.npy", npy(header("<f4", "()"), float32s(2.5f)));

        NpyArray array = NpyFile.read(file);

        assertEquals(0, array.rank());
        assertEquals(NpyArray.float32(new double[] {2.5}), array);
    }

    @Test
    void readsEmptyArrays() throws IOException {
        Path one = HandMadeNumpy.file(folder, "a.npy", npy(header("<i8", "(0,)"), new byte[0]));
        Path three = HandMadeNumpy.file(folder, "b.npy", npy(header("<f8", "(4, 0, 3)"), new byte[0]));

        assertEquals(NpyArray.int64(new long[0], 0), NpyFile.read(one));
        assertEquals(NpyArray.float64(new double[0], 4, 0, 3), NpyFile.read(three));
    }

    @Test
    void readsFloat32ValuesExactlyAsDoubles() throws IOException {
        float tiny = Float.MIN_VALUE;
        Path file = HandMadeNumpy.file(folder, "a.npy", npy(header("<f4", "(3,)"), float32s(0.1f, tiny, Float.NaN)));

        double[] values = NpyFile.read(file).floats();

        assertEquals((double) 0.1f, values[0]);
        assertEquals((double) tiny, values[1]);
        assertTrue(Double.isNaN(values[2]));
    }

    @Test
    void ignoresBytesAfterTheDataAsNumpyDoes() throws IOException {
        byte[] data = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(5).putInt(6).putInt(99).array();
        Path file = HandMadeNumpy.file(folder, "a.npy", npy(header("<i4", "(2,)"), data));

        assertEquals(NpyArray.int32(new long[] {5, 6}, 2), NpyFile.read(file));
    }
}
