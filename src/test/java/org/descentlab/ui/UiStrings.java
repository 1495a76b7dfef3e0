package org.descentlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;

/**
 * The strings a person sees in a tree of nodes, and which of them were typed in code: with
 * {@link org.descentlab.ui.words.Words#markForTesting} on, every string from the bundles is wrapped in ⟦ ⟧, so a string
 * with a letter outside the brackets came from somewhere else. Numbers, symbols, units and Greek letters may stand
 * outside them (a value, "σ", "ms").
 */
final class UiStrings {

    /** Units and number words that may stand beside a value outside the brackets. */
    private static final Set<String> UNITS = Set.of("ms", "s", "px", "MB", "GB", "KB", "e", "x", "NaN");
    private static final Pattern NUMBER = Pattern.compile("[-+−]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+−]?\\d+)?");

    private final List<String> seen = new ArrayList<>();
    private final Predicate<Node> skip;

    /** @param skip subtrees not to walk (a tab's content that is not converted yet) */
    UiStrings(Predicate<Node> skip) {
        this.skip = skip;
    }

    /** Every string seen so far, each with where it was seen. */
    List<String> seen() {
        return seen;
    }

    /** The strings seen with a letter outside ⟦ ⟧ (not a unit, a number or a Greek letter). */
    List<String> offenders() {
        return seen.stream().filter(s -> typedInCode(s.substring(s.indexOf(": ") + 2))).toList();
    }

    /** Whether {@code text} has a letter that no bundle put there. */
    static boolean typedInCode(String text) {
        var outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u27e6') {
                depth++;
            } else if (c == '\u27e7') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        String rest = NUMBER.matcher(outside).replaceAll(" ");
        for (String word : rest.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !UNITS.contains(word) && !word.codePoints().allMatch(UiStrings::greek)) {
                return true;
            }
        }
        return false;
    }

    private static boolean greek(int c) {
        return c >= 0x0370 && c <= 0x03FF || c >= 0x1F00 && c <= 0x1FFF;
    }

    /** Adds a string seen elsewhere than in a node (a window's title), saying where. */
    UiStrings text(String where, String text) {
        add(where, text);
        return this;
    }

    /** Walks {@code node} and everything under it that is not skipped. */
    UiStrings walk(Node node) {
        if (node == null || skip.test(node)) {
            return this;
        }
        String where = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
        if (node instanceof Labeled labeled) {
            add(where, labeled.getText());
        } else if (node instanceof Text text && !text.getClass().getName().endsWith("LabeledText")) {
            // A label's own Text holds its text cut to fit ("Open sc…"): the label's whole text is read above.
            add(where, text.getText());
        }
        if (node instanceof Control control) {
            tooltip(where, control.getTooltip());
            if (control.getContextMenu() != null) {
                control.getContextMenu().getItems().forEach(i -> item(where, i));
            }
        }
        if (node instanceof TextInputControl input) {
            add(where + " prompt", input.getPromptText());
        }
        if (node instanceof ComboBoxBase<?> box) {
            add(where + " prompt", box.getPromptText());
        }
        if (node instanceof ComboBox<?> combo) {
            comboItems(where, combo);
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(t -> {
                add(where + " tab", t.getText());
                tooltip(where + " tab", t.getTooltip());
            });
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> column(where, c));
        }
        if (node instanceof TreeTableView<?> table) {
            table.getColumns().forEach(c -> column(where, c));
        }
        if (node instanceof ButtonBar bar) {
            // A dialog's buttons, before its skin puts them among its children.
            bar.getButtons().forEach(this::walk);
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(m -> item(where, m));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::walk);
        }
        return this;
    }

    /** A menu item and, for a menu, everything in it. */
    UiStrings item(String where, MenuItem item) {
        add(where + " menu " + item.getId(), item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> item(where, i));
        }
        return this;
    }

    /** Each item as the drop-down shows it: through the combo's cells when it has its own, else its converter. */
    private <T> void comboItems(String where, ComboBox<T> combo) {
        if (combo.getCellFactory() != null) {
            var list = new ListView<T>(combo.getItems());
            ListCell<T> cell = combo.getCellFactory().call(list);
            cell.updateListView(list);
            for (int i = 0; i < combo.getItems().size(); i++) {
                cell.updateIndex(i);
                add(where + " item", cell.getText());
            }
            return;
        }
        for (T item : combo.getItems()) {
            add(where + " item", combo.getConverter() == null ? String.valueOf(item)
                    : combo.getConverter().toString(item));
        }
    }

    private void column(String where, TableColumnBase<?, ?> column) {
        add(where + " column", column.getText());
        column.getColumns().forEach(c -> column(where, c));
    }

    private void tooltip(String where, Tooltip tip) {
        if (tip != null) {
            add(where + " tooltip", tip.getText());
        }
    }

    private void add(String where, String text) {
        if (text != null && !text.isBlank()) {
            seen.add(where + ": " + text);
        }
    }
}
