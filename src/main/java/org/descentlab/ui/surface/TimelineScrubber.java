package org.descentlab.ui.surface;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.descentlab.ui.words.Words;

/**
 * The timeline under the plot: a slider over the race's steps (0 to the most steps), its thumb at the step on show.
 * While the race is live the thumb follows the clock; dragging it back shows an earlier step on every view (markers,
 * paths, table, charts, panels) and pauses the race; dragging it to the clock, End, "Now" or Play go live again. The
 * part of the track the race has reached is filled. Keys, once it has the focus: ← one step back, → one step on (the
 * tab's Step key, which steps through the history before it steps the race), Home step 0, End now.
 */
final class TimelineScrubber extends HBox {

    private final SurfaceTabModel model;
    private final Slider slider = new Slider(0, 1, 0);
    private final Label position = new Label();
    private final Button live = new Button();
    private Node track;
    /** The whole percent of the track filled at the last {@link #sync}: restyled only when it changes. */
    private int filled = -1;
    /** The room the position's words need, and what it was measured for (maximum, words, font). */
    private double positionWidth;
    private String positionWidthFor = "";
    private boolean syncing;

    /** @param trailing nodes after the timeline's own, in its row (the ghosts' switch) */
    TimelineScrubber(SurfaceTabModel model, Node... trailing) {
        this.model = model;
        setId("timeline");
        getStyleClass().add("timeline");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        var title = new Label();
        Words.bind(title.textProperty(), "insight.replay.label");
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.getStyleClass().add("timeline-title");
        slider.setId("timelineSlider");
        slider.setBlockIncrement(1);
        slider.setMinWidth(80);
        HBox.setHgrow(slider, Priority.ALWAYS);
        var tip = SurfaceWords.tip("insight.replay.tip");
        slider.setTooltip(tip);
        title.setTooltip(tip);
        position.setId("timelinePosition");
        position.getStyleClass().add("timeline-position");
        live.setId("timelineLive");
        Words.bind(live.textProperty(), "insight.replay.toLive");
        live.setTooltip(SurfaceWords.tip("insight.replay.toLive.tip"));
        live.setMinWidth(Region.USE_PREF_SIZE);
        live.setFocusTraversable(false);
        live.setOnAction(e -> model.replay().goLive());
        getChildren().addAll(title, slider, position, live);
        if (trailing.length > 0) {
            var gap = new Region();
            gap.setMinWidth(6);
            getChildren().add(gap);
            getChildren().addAll(trailing);
        }
        slider.valueProperty().addListener((o, was, is) -> {
            if (!syncing) {
                model.replay().show((int) Math.round(is.doubleValue()));
                sync(); // past the race's newest step the thumb goes back to it
            }
        });
        slider.skinProperty().addListener((o, was, is) -> {
            track = slider.lookup(".track");
            filled = -1;
            sync();
        });
        model.revisionProperty().addListener((o, was, is) -> sync());
        model.maxStepsProperty().addListener((o, was, is) -> sync());
        Words.languageProperty().addListener((o, was, is) -> sync());
        sync();
    }

    /** Puts the thumb, the filled part of the track, the words and the buttons where the race and the view are. */
    void sync() {
        var replay = model.replay();
        int clock = model.clockProperty().get();
        int max = model.maxStepsProperty().get();
        syncing = true;
        try {
            slider.setMax(Math.max(max, clock));
            slider.setValue(replay.shownStep());
        } finally {
            syncing = false;
        }
        slider.setDisable(clock == 0);
        live.setDisable(replay.live());
        position.setText(replay.live() ? Words.format("insight.replay.live", clock)
                : Words.format("insight.replay.shown", replay.shownStep(), clock));
        // A new style costs a CSS pass of the track: once per whole percent, not once per frame.
        int reached = (int) Math.round(100.0 * clock / Math.max(1, slider.getMax()));
        if (track != null && reached != filled) {
            filled = reached;
            track.setStyle(String.format(Locale.ROOT, "-fx-background-color: #b4bccb, linear-gradient(to right, "
                    + "#7f9cd6 %1$d%%, #e6e9ef %1$d%%); -fx-background-insets: 0, 1;", reached));
        }
    }

    /** The slider, for tests. */
    Slider slider() {
        return slider;
    }

    /** The words beside the slider, for tests. */
    String positionText() {
        return position.getText();
    }

    @Override
    protected void layoutChildren() {
        // Room for the longest words the position can have, so that the slider does not jump as the numbers grow;
        // measured again only when the maximum, the language or the font changes.
        int max = (int) slider.getMax();
        String[] longest = {Words.format("insight.replay.live", max), Words.format("insight.replay.shown", max, max)};
        String key = String.join("|", longest) + "|" + position.getFont();
        if (!key.equals(positionWidthFor)) {
            double widest = 0;
            for (String s : longest) {
                var text = new Text(s);
                text.setFont(position.getFont());
                widest = Math.max(widest, text.getLayoutBounds().getWidth());
            }
            positionWidthFor = key;
            positionWidth = Math.ceil(widest) + position.snappedLeftInset() + position.snappedRightInset() + 2;
        }
        position.setMinWidth(positionWidth);
        position.setPrefWidth(positionWidth);
        super.layoutChildren();
    }
}
