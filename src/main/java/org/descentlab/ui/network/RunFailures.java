package org.descentlab.ui.network;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.descentlab.session.SessionText;
import org.descentlab.ui.words.Words;

/**
 * What the line above the map says when a run stopped by itself, in the student's language. The session says why in
 * English ({@link SessionText}); the two reasons a student can act on (a loss that blew up, memory too small) are
 * told in the words of the {@code network} bundle, and any other (a fault in the app, which also gets the error
 * dialog) is quoted as the session gave it.
 */
final class RunFailures {

    /** The session's sentence for a loss that blew up, its epoch caught. */
    private static final Pattern DIVERGED = diverged();

    private RunFailures() {
    }

    /** The line for a run that stopped because of {@code failure}, thrown as {@code cause} (null: none thrown). */
    static String message(String failure, Throwable cause) {
        if (cause instanceof OutOfMemoryError) {
            return Words.get("network.failure.outOfMemory");
        }
        Matcher m = DIVERGED.matcher(failure);
        String why = cause == null && m.matches() ? Words.format("network.failure.diverged", m.group(1)) : failure;
        return Words.format("network.failure.stopped", why);
    }

    private static Pattern diverged() {
        String[] around = SessionText.DIVERGED.split("%d", -1);
        if (around.length != 2) {
            throw new IllegalStateException("SessionText.DIVERGED should take one epoch: " + SessionText.DIVERGED);
        }
        return Pattern.compile(Pattern.quote(around[0]) + "(\\d+)" + Pattern.quote(around[1]));
    }
}
