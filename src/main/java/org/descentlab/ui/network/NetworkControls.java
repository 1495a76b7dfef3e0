package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.scene.ComparisonRun;
import org.descentlab.core.scene.Problem;
import org.descentlab.ui.UiText;
import org.descentlab.ui.widgets.HyperparameterForm;
import org.descentlab.ui.widgets.ProblemLabel;

/**
 * The left column of the network tab: data, network, training, parameter files and comparison. Each section has its
 * own message line under it, so that a refused value or an unreadable file is explained next to what caused it.
 */
final class NetworkControls extends VBox {

    /** The sections, each with its message line. */
    enum Section {
        DATA("dataProblem"), NETWORK("networkProblem"), TRAINING("trainingProblem"), FILES("filesProblem"),
        COMPARE("compareProblem");

        private final String id;

        Section(String id) {
            this.id = id;
        }
    }

    private final NetworkTabModel model;
    private final NetworkTab tab;
    private final NetworkFiles files;
    private final Map<Section, ProblemLabel> problems = new EnumMap<>(Section.class);
    private final VBox formHolder = new VBox();
    private boolean showingBatchSize;
    /** Puts the model's values into the fields after a change made elsewhere (a scene opened, a file loaded). */
    private final List<Runnable> followers = new ArrayList<>();
    /** True while the fields are set from the model: their handlers must not count that as a choice. */
    private boolean following;

    NetworkControls(NetworkTabModel model, NetworkTab tab) {
        this.model = model;
        this.tab = tab;
        this.files = new NetworkFiles(tab);
        for (Section section : Section.values()) {
            problems.put(section, new ProblemLabel(section.id));
        }
        getStyleClass().add("sidebar");
        setSpacing(10);
        setPadding(new Insets(12));
        getChildren().addAll(data(), new Separator(), network(), new Separator(), training(), new Separator(),
                files(), new Separator(), comparison(), new Separator(), view());
        model.sceneProperty().addListener((o, was, is) -> follow());
    }

    /** Shows {@code problem} (numpy's jargon put in words) under {@code section}, or clears it with {@code null}. */
    void show(Section section, String problem) {
        problems.get(section).show(NumpyWords.plain(problem));
    }

    void clearMessages() {
        problems.values().forEach(p -> p.show(null));
    }

    /** Puts the scene on show into the fields: after a scene was opened, or a change was called off. */
    private void follow() {
        following = true;
        try {
            followers.forEach(Runnable::run);
        } finally {
            following = false;
        }
    }

    private VBox data() {
        var c = model.clustersProperty().get();
        var clusters = field("clustersField", Integer.toString(c.clusters()));
        var points = field("pointsField", Integer.toString(c.pointsPerCluster()));
        var spread = field("spreadField", Double.toString(c.spread()));
        var seed = field("dataSeedField", Long.toString(c.seed()));
        var split = field("valSplitField", Double.toString(c.validationFraction()));
        followers.add(() -> {
            var d = model.scene().data();
            clusters.setText(Integer.toString(d.clusters()));
            points.setText(Integer.toString(d.pointsPerCluster()));
            spread.setText(Double.toString(d.spread()));
            seed.setText(Long.toString(d.seed()));
            split.setText(Double.toString(d.validationSplit()));
        });
        var regenerate = new Button("Regenerate");
        regenerate.setId("regenerateButton");
        regenerate.setOnAction(e -> {
            try {
                int k = parseInt(clusters, "Clusters");
                int n = parseInt(points, "Points per cluster");
                double sigma = parseDouble(spread, "Spread σ");
                long s = parseLong(seed, "Seed");
                double v = parseDouble(split, "Validation split");
                if (tab.mayStartOver("New data")) {
                    say(Section.DATA, model.regenerate(k, n, sigma, s, v));
                }
            } catch (IllegalArgumentException ex) {
                show(Section.DATA, ex.getMessage());
            }
        });
        var source = new Label();
        source.setId("dataSource");
        source.getStyleClass().add("hint");
        source.setWrapText(true);
        source.textProperty().bind(model.dataSourceProperty().concat(""));
        var grid = grid(new String[] {"Clusters", "Points per cluster", "Spread σ", "Seed", "Validation split"},
                clusters, points, spread, seed, split);
        return section("Data", grid, buttonRow(regenerate, button("loadDataButton", "Load…",
                e -> files.loadDataset()), button("saveDataButton", "Save…", e -> files.saveDataset())),
                source, problems.get(Section.DATA));
    }

    private VBox network() {
        var s = model.settings();
        var hidden = field("hiddenField", Integer.toString(s.hidden()));
        var activation = new ChoiceBox<Activation>();
        activation.setId("activationChoice");
        activation.getItems().setAll(Activation.values());
        activation.setConverter(converter(Activation::label));
        activation.setValue(s.activation());
        var seed = field("initSeedField", Long.toString(s.initSeed()));
        Runnable apply = () -> {
            if (following) {
                return;
            }
            try {
                int units = parseInt(hidden, "Hidden units");
                long initSeed = parseLong(seed, "Initial weights seed");
                var n = model.scene().network();
                boolean same = units == n.hidden() && activation.getValue() == n.activation()
                        && initSeed == n.initSeed();
                if (!same && tab.mayStartOver("Changing the network")) {
                    say(Section.NETWORK, model.setNetwork(units, activation.getValue(), initSeed));
                }
            } catch (IllegalArgumentException ex) {
                show(Section.NETWORK, ex.getMessage());
                return; // the text stays for the person to correct
            }
            follow();
        };
        hidden.setOnAction(e -> apply.run());
        seed.setOnAction(e -> apply.run());
        activation.setOnAction(e -> apply.run());
        followers.add(() -> {
            var n = model.scene().network();
            hidden.setText(Integer.toString(n.hidden()));
            activation.setValue(n.activation());
            seed.setText(Long.toString(n.initSeed()));
        });
        var hint = hint("Changing these makes a new network: training starts over.");
        return section("Network", grid(new String[] {"Hidden units", "Activation", "Initial weights seed"}, hidden,
                activation, seed), hint, problems.get(Section.NETWORK));
    }

    private VBox training() {
        var optimizer = new ChoiceBox<OptimizerType>();
        optimizer.setId("optimizerChoice");
        optimizer.getItems().setAll(OptimizerRegistry.all());
        optimizer.setConverter(converter(OptimizerType::name));
        optimizer.setValue(model.settings().optimizer());
        optimizer.setMaxWidth(Double.MAX_VALUE);
        optimizer.setOnAction(e -> {
            if (!following) {
                say(Section.TRAINING, model.setOptimizer(optimizer.getValue()));
                showForm(optimizer.getValue());
            }
        });
        showForm(optimizer.getValue());

        var batch = new ComboBox<String>();
        batch.setId("batchChoice");
        batch.setEditable(true);
        batch.getItems().setAll("1", "8", "32", "128", "full");
        showBatchSize(batch, model.settings().batchSize());
        batch.setPrefWidth(110);
        batch.setOnAction(e -> batchChosen(batch));
        var epochs = field("epochsField", Integer.toString(model.settings().epochs()));
        epochs.setOnAction(e -> {
            try {
                say(Section.TRAINING, model.setEpochs(parseInt(epochs, "Epochs")));
            } catch (IllegalArgumentException ex) {
                show(Section.TRAINING, ex.getMessage());
            }
            epochs.setText(Integer.toString(model.settings().epochs()));
        });
        var speed = new ChoiceBox<Double>();
        speed.setId("speedChoice");
        speed.getItems().setAll(0.0, 100.0, 20.0, 5.0, 1.0);
        speed.setConverter(converter(v -> v == 0 ? "As fast as possible" : Hyperparameter.format(v) + " epochs/s"));
        speed.setValue(0.0);
        speed.setOnAction(e -> {
            if (!following) {
                say(Section.TRAINING, model.setSpeedLimit(speed.getValue()));
            }
        });
        followers.add(() -> {
            var t = model.scene().training();
            if (optimizer.getValue() != t.optimizer()) {
                optimizer.setValue(t.optimizer());
                showForm(t.optimizer());
            }
            showBatchSize(batch, t.batchSize());
            epochs.setText(Integer.toString(t.epochs()));
            if (!speed.getItems().contains(t.speedLimit())) {
                speed.getItems().add(t.speedLimit());
            }
            speed.setValue(t.speedLimit());
        });
        // While comparing, each run has its own optimizer: the single run's choice waits until "One run".
        optimizer.disableProperty().bind(model.comparingProperty());
        formHolder.disableProperty().bind(model.comparingProperty());
        var hint = hint("Changes here apply from the next step: training goes on from the weights it has.");
        return section("Training", optimizer, formHolder,
                grid(new String[] {"Batch size", "Epochs", "Speed"}, batch, epochs, speed), hint,
                problems.get(Section.TRAINING));
    }

    /**
     * A batch size typed or picked: a new size applies from the next step, the size in use changes nothing, a bad one
     * is refused with a message, leaving the run as it was. Either way the box shows the size in use again, which
     * must not count as another choice: {@code setValue} fires this handler anew.
     */
    private void batchChosen(ComboBox<String> batch) {
        if (showingBatchSize) {
            return;
        }
        String text = batch.getValue() == null ? "" : batch.getValue().trim();
        int current = model.settings().batchSize();
        Integer size = parseBatchSize(text);
        if (size == null) {
            show(Section.TRAINING, UiText.format(UiText.Network.BATCH_NOT_A_NUMBER, text));
        } else if (size != current) {
            say(Section.TRAINING, model.setBatchSize(size));
        }
        showBatchSize(batch, model.settings().batchSize());
    }

    /** The size in {@code text} ("full" or a whole number), or {@code null} if it is neither. */
    private static Integer parseBatchSize(String text) {
        if (text.equalsIgnoreCase("full")) {
            return TrainingSettings.FULL_BATCH;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void showBatchSize(ComboBox<String> batch, int size) {
        showingBatchSize = true;
        try {
            batch.setValue(size == TrainingSettings.FULL_BATCH ? "full" : Integer.toString(size));
        } finally {
            showingBatchSize = false;
        }
    }

    private void showForm(OptimizerType type) {
        formHolder.getChildren().setAll(new HyperparameterForm(type, model.hyperparametersProperty(),
                (key, value) -> model.setHyperparameter(key, value).map(Problem::message).orElse(null)));
    }

    private VBox files() {
        return section("Parameters", buttonRow(
                button("loadParamsButton", "Load…", e -> files.loadParameters()),
                button("saveParamsButton", "Save…", e -> files.saveParameters())),
                problems.get(Section.FILES));
    }

    private VBox comparison() {
        var mode = new ToggleGroup();
        var byOptimizer = new RadioButton("Optimizers");
        var byRate = new RadioButton("Learning rates of the optimizer above");
        byOptimizer.setToggleGroup(mode);
        byRate.setToggleGroup(mode);
        byOptimizer.setSelected(true);
        var picks = new VBox(2);
        var checks = new ArrayList<CheckBox>();
        for (OptimizerType t : OptimizerRegistry.all()) {
            var box = new CheckBox(t.name());
            box.setId("compare-" + t.id());
            box.setUserData(t);
            box.setSelected(List.of("gd", "momentum", "rmsprop", "adam").contains(t.id()));
            checks.add(box);
            picks.getChildren().add(box);
        }
        var rates = field("compareRatesField", "0.0001, 0.001, 0.01");
        rates.setPrefColumnCount(14);
        picks.visibleProperty().bind(byOptimizer.selectedProperty());
        picks.managedProperty().bind(byOptimizer.selectedProperty());
        rates.visibleProperty().bind(byRate.selectedProperty());
        rates.managedProperty().bind(byRate.selectedProperty());
        var start = button("compareButton", "Compare side by side", e -> {
            var entries = new ArrayList<ComparisonRun>();
            if (byOptimizer.isSelected()) {
                for (CheckBox box : checks) {
                    if (box.isSelected()) {
                        var t = (OptimizerType) box.getUserData();
                        entries.add(new ComparisonRun(t.name(), t, t.defaults()));
                    }
                }
            } else {
                var type = model.settings().optimizer();
                for (String part : rates.getText().split("[,;\\s]+")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    try {
                        double lr = type.hyperparameters().get(0).parse(part);
                        entries.add(new ComparisonRun(type.name() + " lr " + Hyperparameter.format(lr), type,
                                model.hyperparametersProperty().get().with("lr", lr)));
                    } catch (IllegalArgumentException ex) {
                        show(Section.COMPARE, ex.getMessage());
                        return;
                    }
                }
            }
            if (tab.mayStartOver("Comparing runs")) {
                say(Section.COMPARE, model.compare(entries));
            }
        });
        var single = button("singleButton", "One run", e -> {
            if (tab.mayStartOver("Going back to one run")) {
                model.stopComparing();
                show(Section.COMPARE, null);
            }
        });
        single.disableProperty().bind(model.comparingProperty().not());
        var hint = new Label("Same initial weights, same batches: only the optimizer or its rate differs.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return section("Compare", hint, byOptimizer, byRate, picks, rates, buttonRow(start, single),
                problems.get(Section.COMPARE));
    }

    private VBox view() {
        var resolution = new ChoiceBox<Integer>();
        resolution.setId("resolutionChoice");
        resolution.getItems().setAll(50, 100, 200, 300, 400);
        resolution.setConverter(converter(v -> v + " × " + v));
        resolution.setValue(200);
        resolution.setOnAction(e -> tab.setMapResolution(resolution.getValue()));
        var logLoss = new CheckBox("Log scale for the loss");
        logLoss.setId("logLossCheck");
        logLoss.setOnAction(e -> tab.setLogLoss(logLoss.isSelected()));
        return section("View", grid(new String[] {"Map resolution"}, resolution), logLoss);
    }

    /** Shows a refused change's problem under its section, or clears the section's line when it was taken. */
    private void say(Section section, Optional<Problem> problem) {
        show(section, problem.map(Problem::message).orElse(null));
    }

    private static Label hint(String text) {
        var hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    // ---- small builders ----

    private static TextField field(String id, String text) {
        var f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(7);
        f.getStyleClass().add("value-field");
        return f;
    }

    private static Button button(String id, String text, javafx.event.EventHandler<javafx.event.ActionEvent> a) {
        var b = new Button(text);
        b.setId(id);
        b.setOnAction(a);
        return b;
    }

    /**
     * Labels beside their controls. The controls keep their width and the labels take what is left, wrapping onto a
     * second line in a narrow column rather than being cut short.
     */
    private static GridPane grid(String[] labels, Node... controls) {
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        var labelColumn = new ColumnConstraints();
        labelColumn.setHgrow(Priority.ALWAYS);
        var controlColumn = new ColumnConstraints();
        controlColumn.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(labelColumn, controlColumn);
        for (int i = 0; i < labels.length; i++) {
            var label = new Label(labels[i]);
            label.setWrapText(true);
            label.setMinWidth(40);
            grid.add(label, 0, i);
            grid.add(controls[i], 1, i);
            GridPane.setFillWidth(controls[i], true);
        }
        grid.setAlignment(Pos.CENTER_LEFT);
        return grid;
    }

    /** Buttons in a row that wraps in a narrow column, each always wide enough for its text. */
    private static FlowPane buttonRow(Button... buttons) {
        for (Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new FlowPane(6, 6, buttons);
    }

    private static VBox section(String title, Node... content) {
        var heading = new Label(title);
        heading.getStyleClass().add("section-title");
        var box = new VBox(6, heading);
        box.getChildren().addAll(content);
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static int parseInt(TextField field, String name) {
        try {
            return Integer.parseInt(field.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + field.getText().trim() + "' is not a whole number");
        }
    }

    static long parseLong(TextField field, String name) {
        try {
            return Long.parseLong(field.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + field.getText().trim() + "' is not a whole number");
        }
    }

    static double parseDouble(TextField field, String name) {
        return Hyperparameter.parseNumber(field.getText(), name);
    }
}
