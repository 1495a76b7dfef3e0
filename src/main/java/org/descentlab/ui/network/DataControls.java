package org.descentlab.ui.network;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.DatasetKind;
import org.descentlab.core.nn.GaussianClusters;
import org.descentlab.core.nn.PlaygroundData;
import org.descentlab.core.scene.DataSetup;
import org.descentlab.core.scene.Problem;
import org.descentlab.ui.widgets.ClassColours;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Words;

/**
 * The data section's choice of what to learn: the seed's clusters, or one of the two-class pictures of TensorFlow
 * Playground ({@link PlaygroundData}: two spirals, XOR quadrants, circles, two moons), each shown with a small picture
 * of itself; and the noise σ of the two-class pictures. Choosing a kind generates it at once, as Regenerate does with
 * the fields as typed (training starts over, after asking). The cluster-only settings (clusters, spread) hide while a
 * two-class picture is on show, and the points field then counts points per class. Words from the {@code data} bundle.
 */
final class DataControls extends VBox {

    /** The icons' size in pixels, before classroom mode's scale. */
    private static final double ICON = 24;

    private final NetworkTabModel model;
    private final ComboBox<DatasetKind> kind = new ComboBox<>();
    private final TextField noise = SettingsParts.field("noiseField", "");
    /** True while the controls are set from the model: choosing must not count that as a choice. */
    private boolean following;

    DataControls(NetworkTabModel model) {
        this.model = model;
        kind.setId("dataKindChoice");
        kind.getItems().setAll(DatasetKind.values());
        kind.setCellFactory(list -> new KindCell());
        kind.setButtonCell(new KindCell());
        // The cells show the words; the converter gives the same (for whatever reads the items as text).
        kind.setConverter(SettingsParts.converter(k -> Words.get("data.kind." + k.id())));
        kind.setMaxWidth(Double.MAX_VALUE);
        // Full width under the section's heading, as the optimizer's choice is: no label to squeeze in beside it.
        kind.accessibleTextProperty().bind(Words.text("data.title"));
        getChildren().add(kind);
        model.sceneProperty().addListener((o, was, is) -> follow());
        follow();
    }

    /**
     * Hooks the section's other controls in: choosing a kind or pressing Enter in the noise field fires
     * {@code regenerate}; {@code clusters} and {@code spread} (rows of {@code clusterGrid}) show for clusters only, the
     * noise takes the spread's place for the others, and the label of {@code points} says what a point count counts.
     */
    void hook(GridPane clusterGrid, Node clusters, Node spread, Node points, Button regenerate) {
        var noiseLabel = new Label();
        Words.bind(noiseLabel.textProperty(), "data.noise");
        noiseLabel.setLabelFor(noise);
        noiseLabel.setWrapText(true);
        noiseLabel.setMinWidth(40);
        Integer row = GridPane.getRowIndex(spread);
        clusterGrid.add(noiseLabel, 0, row == null ? 0 : row);
        clusterGrid.add(noise, 1, row == null ? 0 : row);
        kind.setOnAction(e -> {
            var d = model.scene().data();
            if (!following && kind.getValue() != null && (!d.generated() || kind.getValue() != d.kind())) {
                regenerate.fire();
                follow(); // refused, or not confirmed: the choice shows the data on show again
            }
        });
        noise.setOnAction(e -> regenerate.fire());
        Label pointsLabel = labelOf(clusterGrid, points);
        if (pointsLabel != null) {
            pointsLabel.textProperty().bind(Bindings.createStringBinding(() -> Words.get(
                    twoClasses() ? "data.pointsPerClass" : "network.data.points"), Words.languageProperty(),
                    model.sceneProperty()));
        }
        Runnable show = () -> {
            showRow(clusterGrid, clusters, !twoClasses());
            showRow(clusterGrid, spread, !twoClasses());
            showRow(clusterGrid, noise, twoClasses());
        };
        model.sceneProperty().addListener((o, was, is) -> show.run());
        show.run();
    }

    /**
     * Generates the kind chosen with the section's values and the noise typed here.
     *
     * @throws SettingsParts.Refusal when the noise typed is not a number
     */
    Optional<Problem> regenerate(int clusters, int points, double spread, long seed, double validationSplit) {
        // With a file on show nothing is chosen: Regenerate makes clusters, as it did before there were other kinds.
        DatasetKind chosen = kind.getValue() == null ? DatasetKind.CLUSTERS : kind.getValue();
        double sigma = chosen == DatasetKind.CLUSTERS ? model.scene().data().noise()
                : SettingsParts.parseDouble(noise, "data.noise");
        return model.regenerate(chosen, clusters, points, spread, seed, validationSplit, sigma);
    }

    /** What a generated two-class picture is, in words: kind, points, noise, seed. */
    static String source(DataSetup d) {
        return Words.format("data.generated", Words.get("data.kind." + d.kind().id()), d.pointsPerCluster(),
                d.noise(), d.seed());
    }

    private boolean twoClasses() {
        var d = model.scene().data();
        return d.generated() && d.kind() != DatasetKind.CLUSTERS;
    }

    private void follow() {
        following = true;
        try {
            var d = model.scene().data();
            kind.setValue(d.generated() ? d.kind() : null);
            noise.setText(Double.toString(d.noise()));
        } finally {
            following = false;
        }
    }

    private static Label labelOf(GridPane grid, Node control) {
        for (Node child : grid.getChildren()) {
            if (child instanceof Label label && label.getLabelFor() == control) {
                return label;
            }
        }
        return null;
    }

    /** Shows or hides {@code control}'s row of {@code grid}: the control and its label. */
    private static void showRow(GridPane grid, Node control, boolean visible) {
        for (Node node : new Node[] {control, labelOf(grid, control)}) {
            if (node != null) {
                node.setVisible(visible);
                node.setManaged(visible);
            }
        }
    }

    /** A kind in the list: its small picture and its name; on the button, "from a file" when the data were read. */
    private final class KindCell extends ListCell<DatasetKind> {

        /** Made again in new words when the language changes; held here, so the weak listener lives as the cell. */
        private final ChangeListener<Object> words = (o, was, is) -> updateItem(getItem(), isEmpty());

        KindCell() {
            Words.languageProperty().addListener(new WeakChangeListener<>(words));
        }

        @Override
        protected void updateItem(DatasetKind item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(model.scene().data().generated() ? null : Words.get("data.kind.file"));
                setGraphic(null);
            } else {
                setText(Words.get("data.kind." + item.id()));
                setGraphic(icon(item));
            }
        }
    }

    /** A small picture of {@code kind}: some of its points without noise, in their class colours. */
    static Canvas icon(DatasetKind kind) {
        Dataset points = kind == DatasetKind.CLUSTERS
                ? GaussianClusters.generate(new ClusterSettings(4, 10, 1.2, 7, 3, 0))
                : PlaygroundData.generate(kind, 60, 0, 1);
        double size = ICON * Presentation.scale();
        var canvas = new Canvas(size, size);
        var gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, size, size);
        gc.setStroke(Color.gray(0.7));
        gc.strokeRect(0.5, 0.5, size - 1, size - 1);
        double dot = size / 14;
        for (int i = 0; i < points.size(); i++) {
            // [−11, 11]² (every kind's frame) onto the icon, y up.
            double x = (points.x(i) + 11) / 22 * size;
            double y = (11 - points.y(i)) / 22 * size;
            gc.setFill(ClassColours.of(points.labels()[i]));
            gc.fillOval(x - dot / 2, y - dot / 2, dot, dot);
        }
        return canvas;
    }
}
