package org.descentlab.core.landscape;

import java.util.ArrayList;
import java.util.List;

/**
 * Records a training run's parameters after each epoch (epoch 0: the start) within a memory cap, for the loss
 * landscape's path and principal directions.
 *
 * <p>At most {@link #capacity()} snapshots are kept, in float32. When the recorder is full it thins itself: it keeps
 * the first snapshot and those whose epoch is a multiple of twice the current stride, and doubles the stride; from
 * then on only epochs that are multiples of the stride are kept for good. The newest snapshot is always kept as well
 * (until the next one replaces it, if it is off the stride), so the path always runs from the first recorded epoch to
 * the latest. A 1000-epoch run with the default cap of 256 keeps every 4th epoch and the last.
 *
 * <p>Recording copies the vector; {@link #trajectory()} hands out the recorded rows without copying them (they are
 * never written again), so a worker thread may use it while recording goes on. Not thread-safe otherwise.
 */
public final class TrajectoryRecorder {

    /** The most snapshots kept for a small network. */
    public static final int MAX_SNAPSHOTS = 256;
    /** The most float values kept in all (64 MB): a large network keeps fewer snapshots. */
    public static final int MAX_VALUES = 1 << 24;

    private final int parameterCount;
    private final int capacity;
    private final List<float[]> rows = new ArrayList<>();
    private final List<Integer> epochs = new ArrayList<>();
    private int stride = 1;
    /** Whether the newest snapshot is off the stride, kept only until the next one. */
    private boolean provisional;

    /** A recorder for vectors of {@code parameterCount} values, with the cap {@link #capacityFor}. */
    public TrajectoryRecorder(int parameterCount) {
        this(parameterCount, capacityFor(parameterCount));
    }

    /** A recorder keeping at most {@code capacity} (at least 2) snapshots. */
    public TrajectoryRecorder(int parameterCount, int capacity) {
        if (parameterCount < 1) {
            throw new IllegalArgumentException("a snapshot needs at least one parameter, got " + parameterCount);
        }
        if (capacity < 2) {
            throw new IllegalArgumentException("a trajectory keeps at least 2 snapshots, got " + capacity);
        }
        this.parameterCount = parameterCount;
        this.capacity = capacity;
    }

    /**
     * The default cap for vectors of {@code parameterCount} values: {@link #MAX_SNAPSHOTS}, or fewer so that at most
     * {@link #MAX_VALUES} floats are kept (but never fewer than 2).
     */
    public static int capacityFor(int parameterCount) {
        return (int) Math.max(2, Math.min(MAX_SNAPSHOTS, MAX_VALUES / Math.max(1, (long) parameterCount)));
    }

    /**
     * Records the parameters after {@code epoch} (rounded to float32).
     *
     * @throws IllegalArgumentException if the vector's length is wrong or the epoch is not after the last one
     */
    public void record(int epoch, double[] theta) {
        if (theta.length != parameterCount) {
            throw new IllegalArgumentException("expected " + parameterCount + " parameters, got " + theta.length);
        }
        if (epoch < 0 || (!epochs.isEmpty() && epoch <= lastEpoch())) {
            throw new IllegalArgumentException("epoch " + epoch + " does not come after the last recorded one, "
                    + (epochs.isEmpty() ? "none" : lastEpoch()));
        }
        if (provisional) {
            removeLast();
        }
        while (rows.size() == capacity) {
            thin(); // more than once when the epochs kept were all on the doubled stride already
        }
        float[] row = new float[parameterCount];
        for (int p = 0; p < parameterCount; p++) {
            row[p] = (float) theta[p];
        }
        rows.add(row);
        epochs.add(epoch);
        provisional = rows.size() > 1 && epoch % stride != 0;
    }

    /** The snapshots so far; {@code null} if none has been recorded. */
    public Trajectory trajectory() {
        if (rows.isEmpty()) {
            return null;
        }
        return new Trajectory(epochs.stream().mapToInt(Integer::intValue).toArray(), rows.toArray(float[][]::new));
    }

    /** Forgets every snapshot and starts again with stride 1 (a reset run). */
    public void clear() {
        rows.clear();
        epochs.clear();
        stride = 1;
        provisional = false;
    }

    /** Snapshots kept now. */
    public int size() {
        return rows.size();
    }

    /** The most snapshots kept. */
    public int capacity() {
        return capacity;
    }

    /** Parameters per snapshot. */
    public int parameterCount() {
        return parameterCount;
    }

    /** Epochs between two kept snapshots (1, 2, 4, …), the newest excepted. */
    public int stride() {
        return stride;
    }

    private int lastEpoch() {
        return epochs.get(epochs.size() - 1);
    }

    private void removeLast() {
        rows.remove(rows.size() - 1);
        epochs.remove(epochs.size() - 1);
        provisional = false;
    }

    /** Keeps the first snapshot and those on the doubled stride. */
    private void thin() {
        stride *= 2;
        int kept = 1;
        for (int k = 1; k < rows.size(); k++) {
            if (epochs.get(k) % stride == 0) {
                rows.set(kept, rows.get(k));
                epochs.set(kept, epochs.get(k));
                kept++;
            }
        }
        rows.subList(kept, rows.size()).clear();
        epochs.subList(kept, epochs.size()).clear();
    }
}
