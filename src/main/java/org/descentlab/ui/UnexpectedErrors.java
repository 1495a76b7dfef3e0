package org.descentlab.ui;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.descentlab.ui.words.Words;

/**
 * The handler of errors nobody caught, on the JavaFX thread and on every worker: each one is appended to the
 * {@link ErrorLog} with its stack trace and shown in an {@link ErrorDialog}. One dialog at a time: errors that come
 * while it is open are counted in it, and the same error coming back within {@link #QUIET_NANOS} of its dialog being
 * closed (a frame loop failing every frame) is logged without a new dialog. The handler itself never throws.
 *
 * <p>Errors the window has already explained in place (a heat map that failed, a run out of memory) go to
 * {@link #record} instead: logged, no dialog. Errors caught where they cannot be explained go to {@link #report}.
 */
public final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {

    /** After its dialog closes, the same error only goes to the log for this long. */
    static final long QUIET_NANOS = 30_000_000_000L;

    private static volatile UnexpectedErrors installed;

    private final ErrorLog log;
    private final Supplier<Window> owner;
    private final Map<String, Long> closedAt = new HashMap<>();
    private ErrorDialog open;
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread.UncaughtExceptionHandler previousFx;

    /**
     * @param log where every error is appended
     * @param owner the window to put the dialog over (may supply {@code null})
     */
    public UnexpectedErrors(ErrorLog log, Supplier<Window> owner) {
        this.log = log;
        this.owner = owner;
    }

    /**
     * Makes a new handler the default of every thread and the handler of the JavaFX thread. Call on the JavaFX
     * thread (in {@code Application.start}).
     */
    public static UnexpectedErrors install(ErrorLog log, Supplier<Window> owner) {
        var handler = new UnexpectedErrors(log, owner);
        handler.previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        handler.previousFx = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
        installed = handler;
        return handler;
    }

    /** Puts back the handlers found by {@link #install} (tests). Call on the JavaFX thread. */
    public void uninstall() {
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        Thread.currentThread().setUncaughtExceptionHandler(previousFx);
        if (installed == this) {
            installed = null;
        }
    }

    /** An error caught by the app that it cannot explain: as if nobody had caught it (dialog and log). */
    public static void report(Throwable error) {
        var handler = Thread.getDefaultUncaughtExceptionHandler();
        if (handler != null) {
            handler.uncaughtException(Thread.currentThread(), error);
        } else {
            error.printStackTrace();
        }
    }

    /** An error the window has explained already: only logged (on standard error when no handler is installed). */
    public static void record(Throwable error) {
        var handler = installed;
        String report = ErrorLog.report("Error explained in the window:", error, Instant.now());
        if (handler == null) {
            System.err.print(report);
            return;
        }
        handler.log.append(report).ifPresent(why -> System.err.print(report));
    }

    /** The log this handler writes. */
    public ErrorLog log() {
        return log;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            String details = ErrorLog.report(thread, error, Instant.now());
            Optional<String> notLogged = log.append(details);
            if (notLogged.isPresent()) {
                System.err.print(details);
            }
            String signature = signature(error);
            // Always later, never at once: the error may come in the middle of a frame or a layout pass. The words
            // are looked up there too, on the JavaFX thread, in the language spoken.
            Platform.runLater(() -> show(signature, notLogged
                    .map(why -> Words.format("frame.errors.explanation_not_logged", log.file(), why))
                    .orElseGet(() -> Words.format("frame.errors.explanation", log.file())), details));
        } catch (Throwable last) {
            // The toolkit is gone or memory is short: standard error is what is left; never throw from here.
            try {
                error.printStackTrace();
                last.printStackTrace();
            } catch (Throwable ignored) {
                // Nothing further can be reported.
            }
        }
    }

    private void show(String signature, String explanation, String details) {
        if (open != null && open.isShowing()) {
            open.countAnother();
            return;
        }
        Long closed = closedAt.get(signature);
        if (closed != null && System.nanoTime() - closed < QUIET_NANOS) {
            return;
        }
        var dialog = new ErrorDialog(owner.get(), explanation, details);
        dialog.setOnHidden(() -> closedAt.put(signature, System.nanoTime()));
        open = dialog;
        dialog.show();
    }

    /** Errors of the same class thrown from the same place count as the same error. */
    private static String signature(Throwable error) {
        var trace = error.getStackTrace();
        return error.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
    }
}
