package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.session.TrainingSession;
import org.descentlab.ui.Reveal;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.widgets.HyperparameterForm;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network tab speaks the language chosen: every word on it comes from the bundles, and switching the language
 * while it trains changes the words and nothing else.
 */
@Tag("ui")
class NetworkTabWordsUiTest extends NetworkTabFixture {

    @BeforeEach
    void asTheTabOpens() {
        robot.interact(() -> {
            model.useSessions(TrainingSession::new);
            model.pause();
            if (model.comparingProperty().get()) {
                model.stopComparing();
            }
            model.setEpochs(1000);
            model.reset();
            tab.clearMessages();
            tab.useRestartQuestion((change, epochs) -> true);
        });
        robot.clickOn("#networkTab");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Back to English and unmarked words: every bound text and every view is made again by the switch. */
    @AfterEach
    void inEnglishAgain() {
        robot.interact(() -> {
            model.pause();
            Words.markForTesting(false);
            Words.setLanguage(Language.KOREAN);
            Words.setLanguage(Language.ENGLISH);
        });
    }

    @Test
    void switchingToKoreanWhileTrainingChangesTheWordsAndTrainingGoesOn() throws Exception {
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.epoch() >= 2);
        var run = model.run();
        int atSwitch = onFx(() -> {
            Words.setLanguage(Language.KOREAN);
            return model.epoch();
        });
        Button oneEpoch = robot.lookup("#oneEpochButton").queryButton();
        assertEquals(Words.get(Language.KOREAN, "network.button.oneEpoch"), oneEpoch.getText());
        assertTrue(hasHangul(oneEpoch.getText()), oneEpoch.getText());
        assertEquals(Words.get(Language.KOREAN, "network.button.pause"),
                robot.lookup("#trainButton").queryButton().getText());
        assertTrue(model.playingProperty().get(), "still training");
        assertSame(run, model.run(), "the same run, not a new one");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.epoch() >= atSwitch + 2);
        assertEpochsCountOnWithoutAGap();
        assertTrue(robot.lookup("#epochFigure").queryAs(Label.class).getText().startsWith("에포크 "),
                robot.lookup("#epochFigure").queryAs(Label.class).getText());

        int atSwitchBack = onFx(() -> {
            Words.setLanguage(Language.ENGLISH);
            return model.epoch();
        });
        assertEquals("One epoch", oneEpoch.getText());
        assertSame(run, model.run());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.epoch() >= atSwitchBack + 2);
        assertEpochsCountOnWithoutAGap();
        assertTrue(robot.lookup("#epochFigure").queryAs(Label.class).getText().startsWith("Epoch "));
    }

    /** The run's epochs are 1, 2, 3 … with none missing or repeated: it went on, it did not start over. */
    private void assertEpochsCountOnWithoutAGap() throws Exception {
        var epochs = onFx(() -> model.run().history().stream().map(EpochMetrics::epoch).toList());
        assertEquals(IntStream.rangeClosed(1, epochs.size()).boxed().toList(), epochs);
    }

    @Test
    void everyWordOnTheTabComesFromTheBundlesInBothLanguages() throws Exception {
        robot.interact(() -> {
            Words.markForTesting(true);
            Words.setLanguage(Language.KOREAN);
        });
        trainOneEpoch();
        showRefusedValues();
        assertEverythingMarked("one run, in Korean");
        robot.interact(() -> Words.setLanguage(Language.ENGLISH));
        assertEverythingMarked("one run, in English");

        robot.interact(() -> robot.lookup("#compareButton").queryButton().fire());
        trainOneEpoch();
        assertEquals(4, tab.comparisonHeaders().size());
        assertEverythingMarked("runs compared, in English");
        robot.interact(() -> Words.setLanguage(Language.KOREAN));
        assertEverythingMarked("runs compared, in Korean");
    }

    @Test
    void theQuestionBeforeStartingOverComesFromTheBundles() throws Exception {
        robot.interact(() -> {
            Words.markForTesting(true);
            Words.setLanguage(Language.KOREAN);
            tab.useRestartQuestion(RestartQuestion.dialog(() -> TestApp.stage(app)));
        });
        trainOneEpoch();
        Reveal.reveal(robot, "#hiddenField");
        robot.doubleClickOn("#hiddenField").write("64").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#startOverDialog").tryQuery().isPresent());
        DialogPane question = robot.lookup("#startOverDialog").queryAs(DialogPane.class);
        var unmarked = new ArrayList<String>();
        check(question.getHeaderText(), "header", unmarked);
        check(question.getContentText(), "content", unmarked);
        check(((javafx.stage.Stage) question.getScene().getWindow()).getTitle(), "title", unmarked);
        question.getButtonTypes().forEach(b -> check(b.getText(), "button", unmarked));
        assertTrue(question.getHeaderText().contains(Words.get(Language.KOREAN, "network.change.network")),
                question.getHeaderText());
        robot.clickOn(Words.get("network.restart.keep"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), unmarked);
        assertEquals(128, model.settings().hidden(), "kept");
    }

    @Test
    void theCheckTellsWordsFromTheBundlesFromWordsTypedInCode() {
        var unmarked = new ArrayList<String>();
        for (String ok : new String[] {"⟦Train⟧", "⟦⟦Adam⟧ lr 0.01⟧", "200 × 200", "σ 1.0", "", "⟦에포크 3⟧ – 4 %"}) {
            check(ok, ok, unmarked);
        }
        assertEquals(List.of(), unmarked);
        for (String bad : new String[] {"Train", "⟦Adam⟧ lr", "x ⟦y⟧", "에포크", "1e-08"}) {
            check(bad, bad, unmarked);
        }
        assertEquals(5, unmarked.size(), unmarked.toString());
    }

    private void trainOneEpoch() throws Exception {
        int before = model.epoch();
        robot.interact(() -> robot.lookup("#oneEpochButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.epoch() == before + 1);
        robot.interact(tab::refreshNow);
    }

    /** A batch size and a hidden layer that are no numbers: each gets its message, made from the bundles. */
    @SuppressWarnings("unchecked")
    private void showRefusedValues() {
        ComboBox<String> batch = robot.from(tab).lookup("#batchChoice").queryAs(ComboBox.class);
        TextField hidden = robot.from(tab).lookup("#hiddenField").queryAs(TextField.class);
        robot.interact(() -> {
            batch.setValue("abc");
            hidden.setText("many");
            hidden.fireEvent(new ActionEvent());
        });
        assertTrue(robot.lookup("#trainingProblem").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#networkProblem").queryAs(Label.class).isVisible());
    }

    /**
     * Checks every string on the tab, and that the walk reached the corners it must: the settings column in its
     * scroll pane, a choice box's items, the figures and both charts.
     */
    private void assertEverythingMarked(String when) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var shown = onFx(() -> {
            var found = new ArrayList<Shown>();
            found.add(new Shown("the tab's title", tab.title()));
            walk(tab, found);
            return found;
        });
        var unmarked = new ArrayList<String>();
        shown.forEach(s -> check(s.text(), s.where(), unmarked));
        assertEquals(List.of(), unmarked, when + ": words typed in code, not taken from a bundle");
        var texts = shown.stream().map(Shown::text).toList();
        var expected = onFx(() -> List.of(Words.get("network.section.training"), Words.get("network.activation.relu"),
                Words.get("network.chart.lossTitle"), Words.get("network.chart.accuracyTitle"),
                Words.get("network.chart.epoch"), Words.get("network.button.oneEpoch")));
        for (String text : expected) {
            assertTrue(texts.contains(text), when + ": the walk did not reach " + text);
        }
        assertTrue(texts.stream().anyMatch(t -> t != null && t.startsWith("\u27e6") && t.contains(" 1 / 1000")),
                when + ": no epoch figure among " + texts);
    }

    /** A string on show and where it is. */
    record Shown(String where, String text) {
    }

    /**
     * Every string {@code node} and its children show: labels and buttons, tooltips, prompts, the items of choice and
     * combo boxes as shown, menu items, and the charts' titles, axes and legends.
     */
    static void walk(Node node, List<Shown> shown) {
        if (node instanceof HyperparameterForm) {
            return; // the widgets' own, with its words from the names bundle; its own tests hold it to them
        }
        String where = node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId());
        if (node instanceof Labeled labeled) {
            shown.add(new Shown(where, labeled.getText()));
        }
        if (node instanceof Control control) {
            if (control.getTooltip() != null) {
                shown.add(new Shown(where + " tooltip", control.getTooltip().getText()));
            }
            if (control.getContextMenu() != null) {
                for (MenuItem item : control.getContextMenu().getItems()) {
                    shown.add(new Shown(where + " menu item", item.getText()));
                }
            }
        }
        if (node instanceof TextInputControl input) {
            shown.add(new Shown(where + " prompt", input.getPromptText()));
        }
        if (node instanceof ChoiceBox<?> choice) {
            items(choice.getItems(), choice.getConverter(), where, shown);
        }
        if (node instanceof ComboBox<?> combo) {
            items(combo.getItems(), combo.getConverter(), where, shown);
            shown.add(new Shown(where + " prompt", combo.getPromptText()));
        }
        if (node instanceof ChartViewer viewer) {
            chart(viewer.getChart(), where, shown);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, shown);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void items(List<T> items, StringConverter<?> converter, String where, List<Shown> shown) {
        for (T item : items) {
            String text = converter == null ? String.valueOf(item) : ((StringConverter<T>) converter).toString(item);
            shown.add(new Shown(where + " item", text));
        }
    }

    private static void chart(JFreeChart chart, String where, List<Shown> shown) {
        shown.add(new Shown(where + " title", chart.getTitle() == null ? null : chart.getTitle().getText()));
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle title) {
                shown.add(new Shown(where + " subtitle", title.getText()));
            }
        }
        var plot = chart.getXYPlot();
        shown.add(new Shown(where + " x axis", plot.getDomainAxis().getLabel()));
        var yAxis = plot.getRangeAxis();
        shown.add(new Shown(where + " y axis", yAxis == null ? null : yAxis.getLabel()));
        if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
            for (Object sub : combined.getSubplots()) {
                shown.add(new Shown(where + " sub-plot's y axis",
                        ((org.jfree.chart.plot.XYPlot) sub).getRangeAxis().getLabel()));
            }
        }
        var legend = plot.getLegendItems();
        for (int i = 0; i < legend.getItemCount(); i++) {
            shown.add(new Shown(where + " legend", legend.get(i).getLabel()));
        }
    }

    /**
     * Adds {@code text} to {@code unmarked} if a letter of it stands outside ⟦ ⟧ (the marks of a string taken from a
     * bundle; they nest when a template takes another bundle string). Numbers, symbols, units written with symbols
     * and Greek letters (σ, γ) may stand outside.
     */
    static void check(String text, String where, List<String> unmarked) {
        if (text == null) {
            return;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u27e6') {
                depth++;
            } else if (c == '\u27e7') {
                depth--;
            } else if (depth == 0 && Character.isLetter(c) && !(c >= '\u0370' && c <= '\u03ff')) {
                unmarked.add(where + ": " + text);
                return;
            }
        }
    }

    private static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        var task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get(20, TimeUnit.SECONDS);
    }
}
