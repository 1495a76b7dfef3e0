package org.descentlab.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The scene files opened or saved lately, most recent first, at most {@link #MAX}: kept in the user's preferences so
 * that they outlive the window. Files that have gone are pruned when the list is read for the menu.
 */
public final class RecentScenes {

    /** How many files the list keeps. */
    public static final int MAX = 8;
    /** The app's node in the user's preferences. */
    public static final String APP_NODE = "/org/descentlab/descent-lab";

    private static final String KEY = "recentScene.";

    private final Preferences node;

    /** A list kept under {@code node} (tests pass a throwaway node). */
    public RecentScenes(Preferences node) {
        this.node = node;
    }

    /** The list kept in the app's node of the user's preferences. */
    public static RecentScenes standard() {
        return new RecentScenes(Preferences.userRoot().node(APP_NODE));
    }

    /** Puts {@code file} first (moving it up if it was already listed), dropping the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        var files = new ArrayList<Path>();
        files.add(absolute);
        for (Path p : list()) {
            if (!p.equals(absolute) && files.size() < MAX) {
                files.add(p);
            }
        }
        store(files);
    }

    /** The files as stored, most recent first, whether they still exist or not. */
    public List<Path> list() {
        var files = new ArrayList<Path>();
        for (String stored : stored()) {
            try {
                files.add(Path.of(stored));
            } catch (InvalidPathException e) {
                // Written on another system or by hand: it can never be opened here, and the next prune drops it.
                continue;
            }
        }
        return files;
    }

    /** Forgets the files that no longer exist and returns the rest, most recent first: what the menu shows. */
    public List<Path> prune() {
        var kept = new ArrayList<Path>();
        for (Path p : list()) {
            if (Files.isRegularFile(p)) {
                kept.add(p);
            }
        }
        if (kept.size() != stored().size()) {
            store(kept);
        }
        return kept;
    }

    private List<String> stored() {
        var strings = new ArrayList<String>();
        for (int i = 0; i < MAX; i++) {
            String stored = node.get(KEY + i, null);
            if (stored == null) {
                break;
            }
            strings.add(stored);
        }
        return strings;
    }

    private void store(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
    }
}
