package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetSplitTest {

    private static final Dataset DATA = GaussianClusters.generate(new ClusterSettings(5, 40, 1.0, 8.0, 3L, 0.0));

    @Test
    void everyClassKeepsItsShareInBothParts() {
        DatasetSplit split = DatasetSplit.stratified(DATA, 0.2, 9);
        // round(0.2·40) = 8 of each class held out, 32 kept.
        assertArrayEquals(new int[] {32, 32, 32, 32, 32}, classCounts(split.train()));
        assertArrayEquals(new int[] {8, 8, 8, 8, 8}, classCounts(split.validation()));
    }

    @Test
    void partsAreDisjointAndTogetherHoldEveryPoint() {
        DatasetSplit split = DatasetSplit.stratified(DATA, 0.3, 9);
        List<String> all = points(DATA);
        List<String> parts = new ArrayList<>(points(split.train()));
        parts.addAll(points(split.validation()));
        all.sort(null);
        parts.sort(null);
        assertEquals(all, parts);
    }

    @Test
    void partsKeepTheOriginalOrder() {
        DatasetSplit split = DatasetSplit.stratified(DATA, 0.3, 9);
        assertInOrderOf(DATA, split.train());
        assertInOrderOf(DATA, split.validation());
    }

    @Test
    void sameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        DatasetSplit a = DatasetSplit.stratified(DATA, 0.25, 1);
        DatasetSplit b = DatasetSplit.stratified(DATA, 0.25, 1);
        DatasetSplit c = DatasetSplit.stratified(DATA, 0.25, 2);
        assertArrayEquals(a.validation().inputs(), b.validation().inputs());
        assertFalse(Arrays.equals(a.validation().inputs(), c.validation().inputs()));
    }

    @Test
    void zeroFractionKeepsEverythingForTraining() {
        DatasetSplit split = DatasetSplit.stratified(DATA, 0, 1);
        assertArrayEquals(DATA.inputs(), split.train().inputs());
        assertEquals(0, split.validation().size());
        assertFalse(split.hasValidation());
        assertEquals(5, split.validation().classes());
    }

    @Test
    void fractionOutsideZeroToOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DatasetSplit.stratified(DATA, 1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> DatasetSplit.stratified(DATA, -0.1, 1));
    }

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[data.classes()];
        for (int label : data.labels()) {
            counts[label]++;
        }
        return counts;
    }

    private static List<String> points(Dataset data) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            points.add(data.x(i) + "," + data.y(i) + "," + data.labels()[i]);
        }
        return points;
    }

    private static void assertInOrderOf(Dataset whole, Dataset part) {
        List<String> all = points(whole);
        int last = -1;
        for (String p : points(part)) {
            int at = all.indexOf(p);
            assertTrue(at > last, "point " + p + " out of order");
            last = at;
        }
    }
}
