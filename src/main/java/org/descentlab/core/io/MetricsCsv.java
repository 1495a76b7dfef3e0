package org.descentlab.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.descentlab.core.nn.EpochMetrics;

/**
 * Training runs' per-epoch metrics as CSV, {@code run,epoch,loss,accuracy,val_loss,val_accuracy}: one row per epoch
 * per run, in full precision. Accuracies are percentages, as the window shows them. Without a validation split the
 * two validation cells are empty (pandas reads NaN, a spreadsheet a blank cell); with one, a validation loss that is
 * not a number (a run that blew up) is written {@code nan}.
 */
public final class MetricsCsv {

    /** The header row's names. */
    public static final List<String> HEADER = List.of("run", "epoch", "loss", "accuracy", "val_loss", "val_accuracy");

    /**
     * One run's epochs, copied.
     *
     * @param name the run's name in the {@code run} column
     * @param validated whether the run was measured on a validation split
     */
    public record Run(String name, boolean validated, List<EpochMetrics> epochs) {

        /** Keeps its own copy of the epochs. */
        public Run {
            epochs = List.copyOf(epochs);
        }
    }

    private MetricsCsv() {
    }

    /** Writes the header and every run's rows to {@code out} as UTF-8 (the stream is flushed, not closed). */
    public static void write(List<Run> runs, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(runs, writer);
        writer.flush();
    }

    /** Writes the header and every run's rows to {@code out}. */
    public static void write(List<Run> runs, Writer out) throws IOException {
        CsvText.row(out, HEADER);
        for (Run run : runs) {
            String name = CsvText.field(run.name());
            for (EpochMetrics m : run.epochs()) {
                CsvText.row(out, List.of(name, Integer.toString(m.epoch()), CsvText.number(m.loss()),
                        CsvText.number(m.accuracy()), run.validated() ? CsvText.number(m.validationLoss()) : "",
                        run.validated() ? CsvText.number(m.validationAccuracy()) : ""));
            }
        }
    }
}
