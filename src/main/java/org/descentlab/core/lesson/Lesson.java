package org.descentlab.core.lesson;

import java.util.List;
import java.util.Set;

/**
 * One lesson: a prepared scene that makes one idea of the lecture notes visible, with the update rules it shows. Its
 * words (title, what to watch, one thing to try) live in the {@code lessons} bundle under {@link #titleKey()},
 * {@link #watchKey()} and {@link #tryKey()}, in English and Korean; its formulas are language-neutral LaTeX.
 *
 * @param id short stable name: the bundle keys {@code lesson.<id>.…} and the exported file {@code <id>.dlab.json}
 * @param notes the lecture notes that teach it, by number ({@code "000"} … {@code "004"}), in the order they do
 * @param tab the tab the lesson's scene sets up and shows
 * @param sceneResource the class-path resource of its scene file
 * @param rules the optimizers whose update rules it shows, by id, in the order shown ({@link UpdateRules#of})
 * @param formulas further lines of LaTeX beside the rules (a surface's formula, a limit), possibly none
 */
public record Lesson(String id, List<String> notes, Tab tab, String sceneResource, List<String> rules,
        List<String> formulas) {

    /** The five lecture notes a lesson may come from. */
    public static final Set<String> NOTES = Set.of("000", "001", "002", "003", "004");

    /** The tab a lesson plays on. */
    public enum Tab {
        /** Optimizers racing on a loss surface. */
        SURFACES,
        /** The notes' network trained live. */
        NETWORK
    }

    /** Copies the lists and checks the id and the notes. */
    public Lesson {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a lesson id is lower-case words joined by '-', got '" + id + "'");
        }
        notes = List.copyOf(notes);
        rules = List.copyOf(rules);
        formulas = List.copyOf(formulas);
        if (notes.isEmpty() || !NOTES.containsAll(notes)) {
            throw new IllegalArgumentException(id + ": a lesson comes from one or more of the notes " + NOTES
                    + ", got " + notes);
        }
        if (tab == null || sceneResource == null) {
            throw new IllegalArgumentException(id + ": a lesson needs a tab and a scene");
        }
    }

    /** The bundle key of its title. */
    public String titleKey() {
        return "lesson." + id + ".title";
    }

    /** The bundle key of what to watch (two to five sentences). */
    public String watchKey() {
        return "lesson." + id + ".watch";
    }

    /** The bundle key of its one "try this" prompt. */
    public String tryKey() {
        return "lesson." + id + ".try";
    }

    /** The name of its scene file when exported. */
    public String fileName() {
        return id + org.descentlab.core.scene.SceneFile.EXTENSION;
    }
}
