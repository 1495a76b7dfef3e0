package org.descentlab.ui.network;

import static org.descentlab.ui.network.SettingsParts.button;
import static org.descentlab.ui.network.SettingsParts.buttonRow;
import static org.descentlab.ui.network.SettingsParts.field;
import static org.descentlab.ui.network.SettingsParts.hint;
import static org.descentlab.ui.network.SettingsParts.section;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.scene.ComparisonRun;
import org.descentlab.ui.network.NetworkControls.Section;
import org.descentlab.ui.network.SettingsParts.Refusal;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * The Compare section of the network tab's settings: optimizers ticked, or learning rates of the optimizer chosen
 * above, trained side by side from the same initial weights on the same batches.
 */
final class CompareControls {

    /** The optimizers ticked at first: the notes' four. */
    private static final List<String> TICKED = List.of("gd", "momentum", "rmsprop", "adam");

    private final NetworkTabModel model;
    private final NetworkTab tab;
    private final NetworkControls controls;
    private final RadioButton byOptimizer = new RadioButton();
    private final List<CheckBox> checks = new ArrayList<>();
    private final TextField rates = field("compareRatesField", "0.0001, 0.001, 0.01");

    private CompareControls(NetworkTabModel model, NetworkTab tab, NetworkControls controls) {
        this.model = model;
        this.tab = tab;
        this.controls = controls;
    }

    /** The section, its messages shown by {@code controls} under {@code problem}. */
    static VBox build(NetworkTabModel model, NetworkTab tab, NetworkControls controls, Node problem) {
        return new CompareControls(model, tab, controls).content(problem);
    }

    private VBox content(Node problem) {
        var mode = new ToggleGroup();
        var byRate = new RadioButton();
        Words.bind(byOptimizer.textProperty(), "network.compare.byOptimizer");
        Words.bind(byRate.textProperty(), "network.compare.byRate");
        byOptimizer.setToggleGroup(mode);
        byRate.setToggleGroup(mode);
        byOptimizer.setSelected(true);
        var picks = new VBox(2);
        for (OptimizerType t : OptimizerRegistry.all()) {
            var box = new CheckBox();
            box.textProperty().bind(Words.text(() -> Names.optimizer(t)));
            box.setId("compare-" + t.id());
            box.setUserData(t);
            box.setSelected(TICKED.contains(t.id()));
            checks.add(box);
            picks.getChildren().add(box);
        }
        rates.setPrefColumnCount(14);
        picks.visibleProperty().bind(byOptimizer.selectedProperty());
        picks.managedProperty().bind(byOptimizer.selectedProperty());
        rates.visibleProperty().bind(byRate.selectedProperty());
        rates.managedProperty().bind(byRate.selectedProperty());
        var start = button("compareButton", "network.compare.start", e -> start());
        var single = button("singleButton", "network.compare.single", e -> {
            if (tab.mayStartOver(Words.get("network.change.oneRun"))) {
                model.stopComparing();
                controls.show(Section.COMPARE, (String) null);
            }
        });
        single.disableProperty().bind(model.comparingProperty().not());
        var batches = button("batchPresetButton", "confusion.preset.batch", e -> compareBatchSizes());
        var tip = new javafx.scene.control.Tooltip();
        Words.bind(tip.textProperty(), "confusion.preset.batch.tip");
        batches.setTooltip(tip);
        return section("network.section.compare", hint("network.compare.hint"), byOptimizer, byRate, picks, rates,
                buttonRow(start, single), buttonRow(batches), problem);
    }

    /** Batch, mini-batch and stochastic runs of the optimizer chosen above, at its hyperparameters now. */
    private void compareBatchSizes() {
        var entries = BatchPreset.runs(model.settings().optimizer(), model.hyperparametersProperty().get());
        if (tab.mayStartOver(Words.get("network.change.compare"))) {
            controls.say(Section.COMPARE, model.compare(entries));
        }
    }

    private void start() {
        List<ComparisonRun> entries;
        try {
            entries = byOptimizer.isSelected() ? optimizersTicked() : ratesTyped();
        } catch (IllegalArgumentException ex) {
            controls.show(Section.COMPARE, ex::getMessage);
            return;
        }
        if (tab.mayStartOver(Words.get("network.change.compare"))) {
            controls.say(Section.COMPARE, model.compare(entries));
        }
    }

    private List<ComparisonRun> optimizersTicked() {
        var entries = new ArrayList<ComparisonRun>();
        for (CheckBox box : checks) {
            if (box.isSelected()) {
                var t = (OptimizerType) box.getUserData();
                entries.add(new ComparisonRun(RunNames.label(t), t, t.defaults()));
            }
        }
        return entries;
    }

    /** One run per rate typed, of the optimizer chosen above; a rate it cannot take is refused with a message. */
    private List<ComparisonRun> ratesTyped() {
        var entries = new ArrayList<ComparisonRun>();
        var type = model.settings().optimizer();
        // The learning rate is every optimizer's first hyperparameter.
        Hyperparameter h = type.hyperparameters().get(0);
        for (String part : rates.getText().split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            double lr = SettingsParts.parseNumber(part, () -> Names.hyperparameter(type, h));
            if (!h.accepts(lr)) {
                throw new Refusal(() -> Words.format("network.compare.rateOutOfRange", Names.hyperparameter(type, h),
                        Hyperparameter.format(h.min()), Hyperparameter.format(h.max()), Hyperparameter.format(lr)));
            }
            entries.add(new ComparisonRun(RunNames.label(type, lr), type,
                    model.hyperparametersProperty().get().with(h.key(), lr)));
        }
        return entries;
    }
}
