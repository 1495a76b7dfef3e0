package org.descentlab.ui.network;

import static org.descentlab.ui.network.SettingsParts.button;
import static org.descentlab.ui.network.SettingsParts.buttonRow;
import static org.descentlab.ui.network.SettingsParts.converter;
import static org.descentlab.ui.network.SettingsParts.field;
import static org.descentlab.ui.network.SettingsParts.grid;
import static org.descentlab.ui.network.SettingsParts.hint;
import static org.descentlab.ui.network.SettingsParts.parseDouble;
import static org.descentlab.ui.network.SettingsParts.parseInt;
import static org.descentlab.ui.network.SettingsParts.parseLong;
import static org.descentlab.ui.network.SettingsParts.section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.scene.NetworkLimits;
import org.descentlab.core.scene.Problem;
import org.descentlab.ui.widgets.HyperparameterForm;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.UpdateRuleView;
import org.descentlab.ui.widgets.ProblemLabel;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * The left column of the network tab: data, network, training, parameter files and comparison. Each section has its
 * own message line under it, so that a refused value or an unreadable file is explained next to what caused it.
 * Fixed words are bound to the language; the words of choice boxes and messages are made again by {@link #relabel}.
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
    /** The message on show under each section, made again in the words of the moment. */
    private final Map<Section, Supplier<String>> messages = new EnumMap<>(Section.class);
    private final VBox formHolder = new VBox();
    /** The chosen optimizer's update rule, typeset, with the values it trains with. */
    private final UpdateRuleView rule = new UpdateRuleView();
    private final List<javafx.scene.Node> folded;
    /** Puts the model's values into the fields after a change made elsewhere (a scene opened, a file loaded). */
    private final List<Runnable> followers = new ArrayList<>();
    /** Gives the choice boxes their words again after a change of language. */
    private final List<Runnable> relabels = new ArrayList<>();
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
        var files = files();
        var view = view();
        var filesLine = new Separator();
        var viewLine = new Separator();
        folded = List.of(files, view, filesLine, viewLine);
        getChildren().addAll(data(), new Separator(), network(), new Separator(), training(), filesLine,
                files, new Separator(), CompareControls.build(model, tab, this, problems.get(Section.COMPARE)),
                viewLine, view);
        present();
        relabel(); // the choice boxes' first words, and the first form
        model.sceneProperty().addListener((o, was, is) -> follow());
    }

    /**
     * Classroom mode folds away what a demonstration does not need (parameter files, view options); the data, network,
     * training and compare settings stay. The rule's letters grow with the rest.
     */
    void present() {
        for (var node : folded) {
            node.setVisible(!Presentation.classroom());
            node.setManaged(!Presentation.classroom());
        }
        rule.setPoints(20 * Presentation.scale());
    }

    /** Shows {@code problem} (numpy's jargon put in words) under {@code section}, or clears it with {@code null}. */
    void show(Section section, String problem) {
        show(section, problem == null ? null : () -> problem);
    }

    /** Shows the message {@code problem} makes under {@code section}; it is made again when the language changes. */
    void show(Section section, Supplier<String> problem) {
        if (problem == null) {
            messages.remove(section);
        } else {
            messages.put(section, problem);
        }
        problems.get(section).show(problem == null ? null : NumpyWords.plain(problem.get()));
    }

    void clearMessages() {
        messages.clear();
        problems.values().forEach(p -> p.show(null));
    }

    /** Shows a refused change's problem under its section, or clears the section's line when it was taken. */
    void say(Section section, Optional<Problem> problem) {
        show(section, problem.map(org.descentlab.ui.widgets.ProblemText::of).orElse(null));
    }

    /** The words of the moment in the choice boxes, the optimizer's form and the messages on show. */
    void relabel() {
        following = true;
        try {
            relabels.forEach(Runnable::run);
        } finally {
            following = false;
        }
        Map.copyOf(messages).forEach(this::show);
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
        var kinds = new DataControls(model);
        var regenerate = button("regenerateButton", "network.data.regenerate", e -> {
            try {
                int k = parseInt(clusters, "network.data.clusters");
                int n = parseInt(points, "network.data.points");
                double sigma = parseDouble(spread, "network.data.spread");
                long s = parseLong(seed, "network.data.seed");
                double v = parseDouble(split, "network.data.validation");
                if (tab.mayStartOver(Words.get("network.change.newData"))) {
                    say(Section.DATA, kinds.regenerate(k, n, sigma, s, v));
                }
            } catch (IllegalArgumentException ex) {
                show(Section.DATA, ex::getMessage);
            }
        });
        var source = new Label();
        source.setId("dataSource");
        source.getStyleClass().add("hint");
        source.setWrapText(true);
        source.textProperty().bind(SettingsParts.text(this::dataSource, model.dataSourceProperty(),
                model.sceneProperty()));
        var grid = grid(new String[] {"network.data.clusters", "network.data.points", "network.data.spread",
            "network.data.seed", "network.data.validation"}, clusters, points, spread, seed, split);
        kinds.hook(grid, clusters, spread, points, regenerate);
        return section("network.section.data", kinds, grid, buttonRow(regenerate,
                button("loadDataButton", "network.file.load", e -> files.loadDataset()),
                button("saveDataButton", "network.file.save", e -> files.saveDataset())),
                source, problems.get(Section.DATA));
    }

    /** Where the data on show came from: the clusters drawn, or the file read. */
    private String dataSource() {
        var d = model.scene().data();
        if (d.generated() && d.kind() != org.descentlab.core.nn.DatasetKind.CLUSTERS) {
            return DataControls.source(d);
        }
        return d.generated() ? Words.format("network.data.generated", d.clusters(), d.pointsPerCluster(), d.spread(),
                d.seed()) : Words.format("network.data.file", model.dataSourceProperty().get());
    }

    private VBox network() {
        var s = model.settings();
        var hidden = field("hiddenField", Integer.toString(s.hidden()));
        var activation = new ChoiceBox<Activation>();
        activation.setId("activationChoice");
        activation.getItems().setAll(Activation.values());
        relabels.add(() -> activation.setConverter(converter(a -> Words.get("network.activation." + a.id()))));
        activation.setValue(s.activation());
        var layers = new ChoiceBox<Integer>();
        layers.setId("layersChoice");
        for (int k = (int) NetworkLimits.LAYERS.min(); k <= NetworkLimits.LAYERS.max(); k++) {
            layers.getItems().add(k);
        }
        layers.setValue(s.layers());
        var seed = field("initSeedField", Long.toString(s.initSeed()));
        Runnable apply = () -> {
            if (following) {
                return;
            }
            try {
                int units = parseInt(hidden, "network.network.hidden");
                long initSeed = parseLong(seed, "network.network.seed");
                var n = model.scene().network();
                boolean same = units == n.hidden() && activation.getValue() == n.activation()
                        && initSeed == n.initSeed() && layers.getValue() == n.layers();
                if (!same && tab.mayStartOver(Words.get("network.change.network"))) {
                    say(Section.NETWORK, model.setNetwork(units, activation.getValue(), initSeed,
                            layers.getValue()));
                }
            } catch (IllegalArgumentException ex) {
                show(Section.NETWORK, ex::getMessage);
                return; // the text stays for the person to correct
            }
            follow();
        };
        hidden.setOnAction(e -> apply.run());
        seed.setOnAction(e -> apply.run());
        activation.setOnAction(e -> apply.run());
        layers.setOnAction(e -> apply.run());
        followers.add(() -> {
            var n = model.scene().network();
            hidden.setText(Integer.toString(n.hidden()));
            activation.setValue(n.activation());
            layers.setValue(n.layers());
            seed.setText(Long.toString(n.initSeed()));
        });
        return section("network.section.network", grid(new String[] {"network.network.hidden",
            "depth.network.layers", "network.network.activation", "network.network.seed"}, hidden, layers,
                activation, seed),
                hint("network.network.hint"), problems.get(Section.NETWORK));
    }

    private VBox training() {
        var optimizer = new ChoiceBox<OptimizerType>();
        optimizer.setId("optimizerChoice");
        optimizer.getItems().setAll(OptimizerRegistry.all());
        relabels.add(() -> optimizer.setConverter(converter(Names::optimizer)));
        optimizer.setValue(model.settings().optimizer());
        optimizer.setMaxWidth(Double.MAX_VALUE);
        optimizer.setOnAction(e -> {
            if (!following) {
                say(Section.TRAINING, model.setOptimizer(optimizer.getValue()));
                showForm(optimizer.getValue());
            }
        });
        // The form's labels are made with it: a new language, a new form.
        relabels.add(() -> showForm(optimizer.getValue()));

        var batch = new BatchSizeBox(model, this);
        relabels.add(batch::relabel);
        var epochs = field("epochsField", Integer.toString(model.settings().epochs()));
        epochs.setOnAction(e -> {
            try {
                say(Section.TRAINING, model.setEpochs(parseInt(epochs, "network.training.epochs")));
            } catch (IllegalArgumentException ex) {
                show(Section.TRAINING, ex::getMessage);
            }
            epochs.setText(Integer.toString(model.settings().epochs()));
        });
        var speed = new ChoiceBox<Double>();
        speed.setId("speedChoice");
        speed.getItems().setAll(0.0, 100.0, 20.0, 5.0, 1.0);
        relabels.add(() -> speed.setConverter(converter(v -> v == 0 ? Words.get("network.training.fastest")
                : Words.format("network.training.perSecond", Hyperparameter.format(v)))));
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
            batch.showSize(t.batchSize());
            epochs.setText(Integer.toString(t.epochs()));
            if (!speed.getItems().contains(t.speedLimit())) {
                speed.getItems().add(t.speedLimit());
            }
            speed.setValue(t.speedLimit());
        });
        // While comparing, each run has its own optimizer: the single run's choice waits until "One run".
        optimizer.disableProperty().bind(model.comparingProperty());
        formHolder.disableProperty().bind(model.comparingProperty());
        rule.setId("networkUpdateRule");
        model.sceneProperty().addListener((o, was, now) -> showRule()); // set last: the rule reads the new values
        showRule();
        var regularisation = new RegularisationControls(model, this);
        relabels.add(regularisation::relabel);
        followers.add(regularisation::follow);
        return section("network.section.training", optimizer, formHolder, rule,
                grid(new String[] {"network.training.batch", "network.training.epochs", "network.training.speed"},
                        batch, epochs, speed), regularisation, hint("network.training.hint"),
                problems.get(Section.TRAINING), NetworkSchedule.control(model, tab));
    }

    private void showRule() {
        var training = model.scene().training();
        rule.show(training.optimizer(), training.hyperparameters());
    }

    private void showForm(OptimizerType type) {
        showRule();
        formHolder.getChildren().setAll(new HyperparameterForm(type, model.hyperparametersProperty(),
                (key, value) -> model.setHyperparameter(key, value).map(org.descentlab.ui.widgets.ProblemText::of).orElse(null)));
    }

    private VBox files() {
        return section("network.section.parameters", buttonRow(
                button("loadParamsButton", "network.file.load", e -> files.loadParameters()),
                button("saveParamsButton", "network.file.save", e -> files.saveParameters())),
                problems.get(Section.FILES));
    }

    private VBox view() {
        var resolution = new ChoiceBox<Integer>();
        resolution.setId("resolutionChoice");
        resolution.getItems().setAll(50, 100, 200, 300, 400);
        resolution.setConverter(converter(v -> v + " × " + v));
        resolution.setValue(200);
        resolution.setOnAction(e -> tab.setMapResolution(resolution.getValue()));
        var logLoss = new CheckBox();
        Words.bind(logLoss.textProperty(), "network.view.logLoss");
        logLoss.setId("logLossCheck");
        logLoss.setOnAction(e -> tab.setLogLoss(logLoss.isSelected()));
        return section("network.section.view", grid(new String[] {"network.view.resolution"}, resolution), logLoss);
    }
}
