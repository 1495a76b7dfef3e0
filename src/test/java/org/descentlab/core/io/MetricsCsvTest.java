package org.descentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.descentlab.core.nn.EpochMetrics;
import org.junit.jupiter.api.Test;

class MetricsCsvTest {

    private static String csv(List<MetricsCsv.Run> runs) throws IOException {
        var out = new StringWriter();
        MetricsCsv.write(runs, out);
        return out.toString();
    }

    @Test
    void everyEpochOfEveryRunReadsBackExactly() throws IOException {
        var adam = List.of(new EpochMetrics(1, 2.302585092994046, 10.0, 2.2, 12.5),
                new EpochMetrics(2, 0.1 + 0.2, 97.66666666666667, 1.0 / 3, 95.0));
        var sgd = List.of(new EpochMetrics(1, 1e-17, 100.0, Math.PI, 87.5));
        var rows = CsvRows.parse(csv(List.of(new MetricsCsv.Run("Adam", true, adam),
                new MetricsCsv.Run("SGD lr 0.01", true, sgd))));
        assertEquals(List.of("run", "epoch", "loss", "accuracy", "val_loss", "val_accuracy"), rows.get(0));
        assertEquals(4, rows.size());
        for (int i = 0; i < 3; i++) {
            var m = i < 2 ? adam.get(i) : sgd.get(0);
            var fields = rows.get(i + 1);
            assertEquals(i < 2 ? "Adam" : "SGD lr 0.01", fields.get(0));
            assertEquals(m.epoch(), Integer.parseInt(fields.get(1)));
            assertEquals(m.loss(), Double.parseDouble(fields.get(2)), 0);
            assertEquals(m.accuracy(), Double.parseDouble(fields.get(3)), 0);
            assertEquals(m.validationLoss(), Double.parseDouble(fields.get(4)), 0);
            assertEquals(m.validationAccuracy(), Double.parseDouble(fields.get(5)), 0);
        }
    }

    @Test
    void withoutAValidationSplitTheValidationCellsAreEmpty() throws IOException {
        String text = csv(List.of(new MetricsCsv.Run("Adam", false,
                List.of(new EpochMetrics(1, 0.5, 75.0, Double.NaN, Double.NaN)))));
        assertEquals("Adam,1,0.5,75.0,,\n", text.substring(text.indexOf('\n') + 1));
        assertEquals(List.of("Adam", "1", "0.5", "75.0", "", ""), CsvRows.parse(text).get(1));
    }

    @Test
    void aRunThatBlewUpKeepsItsNotANumberApartFromAMissingValidation() throws IOException {
        String text = csv(List.of(new MetricsCsv.Run("Adam", true,
                List.of(new EpochMetrics(3, Double.NaN, 10.0, Double.NaN, 10.0)))));
        assertEquals(List.of("Adam", "3", "nan", "10.0", "nan", "10.0"), CsvRows.parse(text).get(1));
    }

    @Test
    void aHandWrittenLabelWithCommasQuotesAndALineBreakReadsBackWhole() throws IOException {
        String label = "Adam, \"warm\"\nstart";
        String text = csv(List.of(new MetricsCsv.Run(label, false, List.of(new EpochMetrics(1, 1, 50, Double.NaN,
                Double.NaN)))));
        assertTrue(text.startsWith("run,epoch,loss,accuracy,val_loss,val_accuracy\n\"Adam, \"\"warm\"\"\nstart\",1,"));
        assertEquals(label, CsvRows.parse(text).get(1).get(0));
    }
}
