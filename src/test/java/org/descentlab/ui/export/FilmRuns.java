package org.descentlab.ui.export;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.scene.OptimizerSetup;
import org.descentlab.core.scene.SurfacesScene;
import org.descentlab.core.surface.SurfaceRegistry;

/** Films made and written from a test thread: the film is built and the job started on the JavaFX thread. */
final class FilmRuns {

    private FilmRuns() {
    }

    /** A film and the file its job wrote. */
    record Written<F extends Film>(F film, Path file) {
    }

    /** Builds the film with {@code make} and writes it to {@code out}; waits up to two minutes. */
    static <F extends Film> Written<F> write(Callable<F> make, Path out, double fps, double scale, int width,
            int height) throws Exception {
        var film = new CompletableFuture<F>();
        var done = new CompletableFuture<Path>();
        Platform.runLater(() -> {
            try {
                F f = make.call();
                film.complete(f);
                AnimationJob.start(f, out, fps, scale, width, height).result().whenComplete((file, failure) -> {
                    if (failure != null) {
                        done.completeExceptionally(failure);
                    } else {
                        done.complete(file);
                    }
                });
            } catch (Throwable failure) {
                film.completeExceptionally(failure);
                done.completeExceptionally(failure);
            }
        });
        try {
            return new Written<>(film.get(2, TimeUnit.MINUTES), done.get(2, TimeUnit.MINUTES));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * The bowl x² + y² from (−1.5, 1.5) with gradient descent alone, at learning rate 0.1: step k is at
     * 0.8^k · (−1.5, 1.5), its name to the right of it.
     */
    static SurfacesScene bowlWithGradientDescent(int steps) {
        var scene = SurfacesScene.forSurface(SurfaceRegistry.find("bowl").orElseThrow());
        for (var type : OptimizerRegistry.all()) {
            boolean gd = type.id().equals("gd");
            scene = scene.withOptimizer(new OptimizerSetup(type, gd, gd ? type.defaults().with("lr", 0.1)
                    : type.defaults()));
        }
        return scene.withRun(steps, 0, 0).withStart(new org.descentlab.core.surface.Point(-1.5, 1.5));
    }
}
