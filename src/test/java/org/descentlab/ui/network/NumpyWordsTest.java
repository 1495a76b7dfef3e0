package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Numpy's dtype codes in words, as the readers' messages use them. */
class NumpyWordsTest {

    @Test
    void everyCodeTheReadersNameHasItsWords() {
        assertEquals("64-bit floats", NumpyWords.words("<f8"));
        assertEquals("32-bit floats", NumpyWords.words("<f4"));
        assertEquals("16-bit floats", NumpyWords.words("<f2"));
        assertEquals("64-bit integers", NumpyWords.words(">i8"));
        assertEquals("32-bit integers", NumpyWords.words("<i4"));
        assertEquals("8-bit integers", NumpyWords.words("|i1"));
        assertEquals("8-bit unsigned integers", NumpyWords.words("|u1"));
        assertEquals("true/false values", NumpyWords.words("|b1"));
        assertEquals("128-bit complex numbers", NumpyWords.words("<c16"));
        assertEquals("text", NumpyWords.words("<U10"));
        assertEquals("bytes", NumpyWords.words("|S5"));
        assertEquals("Python objects", NumpyWords.words("|O"));
        assertEquals("dates and times", NumpyWords.words("<M8"));
        assertEquals("time spans", NumpyWords.words("<m8"));
        assertNull(NumpyWords.words("<x9"));
    }

    @Test
    void theWrongKindOfValuesIsSaidInWords() {
        assertEquals("x.npz: 'labels' holds 32-bit floats; expected integers (32-bit or 64-bit)",
                NumpyWords.plain("x.npz: 'labels' has dtype <f4; expected integers (int32 or int64)"));
        assertEquals("x.npz: 'inputs' holds 64-bit integers; expected floats (32-bit or 64-bit)",
                NumpyWords.plain("x.npz: 'inputs' has dtype <i8; expected floats (float32 or float64)"));
    }

    @Test
    void anUnsupportedKindIsSaidInWordsWithWhatToUseInstead() {
        assertEquals("x.npz: 'inputs' holds 128-bit complex numbers, which this app cannot read (use 32-bit or 64-bit "
                + "floats or integers)", NumpyWords.plain("x.npz: 'inputs' has dtype <c16, which is not supported "
                + "(use float32, float64, int32 or int64)"));
        assertEquals("m.npz: 'mask' holds true/false values, which this app cannot read (use 32-bit or 64-bit floats "
                + "or integers)", NumpyWords.plain("m.npz: 'mask' has dtype |b1, which is not supported (use float32, "
                + "float64, int32 or int64)"));
    }

    @Test
    void aCodeAnywhereIsPutInWordsButLettersInWordsAreNot() {
        assertEquals("expected 64-bit floats, found 8-bit unsigned integers",
                NumpyWords.plain("expected <f8, found |u1"));
        assertEquals("a<b1 and b1 stay", NumpyWords.plain("a<b1 and b1 stay"));
    }

    @Test
    void anUnknownCodeKeepsItsText() {
        assertEquals("x.npy: the array has values of type <f\\n\\x00..., which this app cannot read",
                NumpyWords.plain("x.npy: the array has dtype <f\\n\\x00..., which is not supported"));
    }

    @Test
    void aMessageWithoutJargonIsLeftAlone() {
        String message = "corrupt.npz: not a zip archive";
        assertSame(message, NumpyWords.plain(message));
        assertNull(NumpyWords.plain(null));
    }
}
