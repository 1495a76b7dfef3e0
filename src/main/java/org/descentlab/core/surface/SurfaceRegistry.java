package org.descentlab.core.surface;

import java.util.List;
import java.util.Optional;

/** Every surface the app offers, in the order the selector lists them. Adding a surface is one line here. */
public final class SurfaceRegistry {

    private static final List<Surface> ALL = List.of(
            new Bowl(),
            new Elongated(),
            new NonConvex(),
            new Saddle(),
            new Rosenbrock(),
            new Beale(),
            new Himmelblau(),
            new Rastrigin(),
            new Ackley(),
            new Booth(),
            new SixHumpCamel());

    private SurfaceRegistry() {
    }

    /** All registered surfaces. */
    public static List<Surface> all() {
        return ALL;
    }

    /** The surface with this id, if any. */
    public static Optional<Surface> find(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The ids of all surfaces, comma-separated, for messages. */
    public static String ids() {
        return String.join(", ", ALL.stream().map(Surface::id).toList());
    }
}
