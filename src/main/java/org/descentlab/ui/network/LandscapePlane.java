package org.descentlab.ui.network;

import java.util.List;
import org.descentlab.ui.widgets.BackgroundWork;

/** Placeholder until the landscape core lands. */
final class LandscapePlane {

    enum Kind {
        PCA, RANDOM;

        String key() {
            return this == PCA ? "depth.landscape.plane.pca" : "depth.landscape.plane.random";
        }
    }

    record Key(Kind kind, long seed, List<Object> runs, List<Long> steps) {
    }

    record Request(Key key) {
    }

    private LandscapePlane() {
    }

    static Key key(NetworkTabModel model, Kind kind, long seed) {
        return new Key(kind, seed, List.copyOf(model.runs()), model.runs().stream().map(NetworkRun::steps).toList());
    }

    static Request request(NetworkTabModel model, Kind kind, long seed) {
        return new Request(key(model, kind, seed));
    }

    static List<LandscapePicture> compute(Request request, BackgroundWork.Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
