package org.descentlab.core.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A properties file shipped with the app (a resource bundle, the update rules, the symbols), read as UTF-8 into an
 * immutable map. Shared by the lessons' texts, the update rules and the window's words.
 */
public final class TextResource {

    private TextResource() {
    }

    /**
     * Every key of the class-path resource {@code resource} with its value as written (a bundle's template may end in
     * a space on purpose).
     *
     * @param what what the file holds, for the message when it is missing or unreadable ("the update rules")
     * @throws IllegalStateException when the file is not in the app
     */
    public static Map<String, String> read(String resource, String what) {
        var properties = new Properties();
        try (InputStream in = TextResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " are missing from the application: " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be read: " + resource, e);
        }
        var map = new HashMap<String, String>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return Map.copyOf(map);
    }
}
