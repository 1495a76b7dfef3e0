package org.descentlab.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;
import java.util.prefs.PreferencesFactory;

/**
 * Preferences kept in memory for the test JVMs (surefire sets {@code java.util.prefs.PreferencesFactory} to this
 * class). The JDK's file-backed preferences lock one folder per user: test JVMs running side by side, and anyone
 * else's tests on the same account, failed now and then with "Couldn't get file lock", and tests must never read or
 * change the user's own settings anyway.
 */
public final class MemoryPreferences implements PreferencesFactory {

    private static final Preferences USER = new Node(null, "");
    private static final Preferences SYSTEM = new Node(null, "");

    @Override
    public Preferences userRoot() {
        return USER;
    }

    @Override
    public Preferences systemRoot() {
        return SYSTEM;
    }

    /** One node: its values and children in maps, guarded by the lock {@link AbstractPreferences} holds. */
    private static final class Node extends AbstractPreferences {

        private final Map<String, String> values = new HashMap<>();
        private final Map<String, Node> children = new HashMap<>();

        Node(Node parent, String name) {
            super(parent, name);
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            ((Node) parent()).children.remove(name());
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return children.keySet().toArray(String[]::new);
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            return children.computeIfAbsent(name, n -> new Node(this, n));
        }

        @Override
        protected void syncSpi() {
            // Nothing to write back.
        }

        @Override
        protected void flushSpi() {
            // Nothing to write back.
        }
    }
}
