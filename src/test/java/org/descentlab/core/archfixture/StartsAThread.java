package org.descentlab.core.archfixture;

/** Breaks the no-threads rule on purpose, for {@code ArchitectureTest}: core work handed to another thread. */
public final class StartsAThread {

    private StartsAThread() {
    }

    /** Runs the work asynchronously, which only the session layer may do. */
    public static java.util.concurrent.CompletableFuture<Void> inBackground(Runnable work) {
        return java.util.concurrent.CompletableFuture.runAsync(work);
    }
}
