package org.descentlab.core.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A dataset divided into the points the network trains on and the points held out to measure generalisation.
 *
 * @param train the training points
 * @param validation the held-out points; empty (size 0) when there is no validation
 */
public record DatasetSplit(Dataset train, Dataset validation) {

    /** Checks that both parts have the same classes. */
    public DatasetSplit {
        if (train.classes() != validation.classes()) {
            throw new IllegalArgumentException("train has " + train.classes() + " classes, validation "
                    + validation.classes());
        }
    }

    /** Whether there are validation points. */
    public boolean hasValidation() {
        return validation.size() > 0;
    }

    /**
     * Holds out round(fraction·count) points of every class, chosen at random from a {@link Random} seeded with
     * {@code seed}, so every class keeps its share in both parts. Both parts keep the points in their original
     * order, so that training without shuffling still walks the data as given.
     *
     * @param fraction share held out, in [0, 1); 0 gives the whole dataset and an empty validation set
     */
    public static DatasetSplit stratified(Dataset data, double fraction, long seed) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + fraction);
        }
        boolean[] held = new boolean[data.size()];
        var random = new Random(seed);
        for (int c = 0; c < data.classes(); c++) {
            int[] members = membersOf(data, c);
            // Every class keeps at least one training point: a class held out whole could never be learned.
            int take = Math.min((int) Math.round(fraction * members.length), Math.max(0, members.length - 1));
            // A partial Fisher–Yates shuffle: the first `take` slots become a uniform random subset.
            for (int i = 0; i < take; i++) {
                int j = i + random.nextInt(members.length - i);
                int swap = members[i];
                members[i] = members[j];
                members[j] = swap;
                held[members[i]] = true;
            }
        }
        return new DatasetSplit(select(data, held, false), select(data, held, true));
    }

    private static int[] membersOf(Dataset data, int label) {
        var members = new ArrayList<Integer>();
        for (int i = 0; i < data.size(); i++) {
            if (data.labels()[i] == label) {
                members.add(i);
            }
        }
        return members.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Dataset select(Dataset data, boolean[] held, boolean wanted) {
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < held.length; i++) {
            if (held[i] == wanted) {
                chosen.add(i);
            }
        }
        double[] inputs = new double[2 * chosen.size()];
        int[] labels = new int[chosen.size()];
        for (int k = 0; k < labels.length; k++) {
            int i = chosen.get(k);
            inputs[2 * k] = data.x(i);
            inputs[2 * k + 1] = data.y(i);
            labels[k] = data.labels()[i];
        }
        return new Dataset(inputs, labels, data.classes());
    }
}
