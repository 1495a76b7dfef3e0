package org.descentlab.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.descentlab.core.descent.Path;
import org.descentlab.core.surface.Surface;

/**
 * The paths of a race as CSV, {@code optimizer,step,x,y,loss,grad_norm}: one row per step per walker, step 0 (the
 * start) first, in full precision. The walkers' paths keep points and losses but no gradients, so {@code grad_norm} is
 * the exact gradient's length ‖∇f‖ computed from the surface at each point, as the walker itself measures it for
 * its convergence test (never the noisy gradient an optimizer was given).
 */
public final class PathCsv {

    /** The header row's names. */
    public static final List<String> HEADER = List.of("optimizer", "step", "x", "y", "loss", "grad_norm");

    /**
     * One walker's path, copied: safe to write on another thread while the race goes on.
     *
     * @param name the walker's name in the {@code optimizer} column ({@code gd}, {@code gd#2} for a copy)
     */
    public record Track(String name, double[] xs, double[] ys, double[] losses) {

        /** Checks that the three columns have one value per step. */
        public Track {
            if (xs.length != ys.length || xs.length != losses.length) {
                throw new IllegalArgumentException("a track needs as many x, y and loss values");
            }
        }

        /** A copy of every point of {@code path}. */
        public static Track of(String name, Path path) {
            int n = path.size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            double[] losses = new double[n];
            for (int k = 0; k < n; k++) {
                xs[k] = path.x(k);
                ys[k] = path.y(k);
                losses[k] = path.loss(k);
            }
            return new Track(name, xs, ys, losses);
        }

        /** Number of rows: steps taken plus one. */
        public int size() {
            return xs.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Track t && name.equals(t.name) && Arrays.equals(xs, t.xs) && Arrays.equals(ys, t.ys)
                    && Arrays.equals(losses, t.losses);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(xs);
        }

        @Override
        public String toString() {
            return "Track[" + name + ", " + xs.length + " steps]";
        }
    }

    private PathCsv() {
    }

    /** Writes the header and every track's rows to {@code out} as UTF-8 (the stream is flushed, not closed). */
    public static void write(Surface surface, List<Track> tracks, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(surface, tracks, writer);
        writer.flush();
    }

    /** Writes the header and every track's rows to {@code out}. */
    public static void write(Surface surface, List<Track> tracks, Writer out) throws IOException {
        CsvText.row(out, HEADER);
        double[] gradient = new double[2];
        for (Track track : tracks) {
            String name = CsvText.field(track.name());
            for (int k = 0; k < track.size(); k++) {
                double x = track.xs()[k];
                double y = track.ys()[k];
                surface.gradient(x, y, gradient);
                CsvText.row(out, List.of(name, Integer.toString(k), CsvText.number(x), CsvText.number(y),
                        CsvText.number(track.losses()[k]), CsvText.number(Math.hypot(gradient[0], gradient[1]))));
            }
        }
    }
}
