package org.descentlab.core.scene;

/**
 * A scene: one or both tabs' setups, as a scene file ({@code .dlab.json}) holds them. The window builds one by asking
 * each tab to add its part to {@link #EMPTY}; a scene file must hold at least one part.
 *
 * @param surfaces the surfaces tab's setup, or {@code null} when the scene leaves that tab as it is
 * @param network the network tab's setup, or {@code null} when the scene leaves that tab as it is
 */
public record Scene(SurfacesScene surfaces, NetworkScene network) {

    /** A scene that sets nothing: the start of one being collected from the tabs. */
    public static final Scene EMPTY = new Scene(null, null);

    /** Both tabs as the app opens. */
    public static Scene defaults() {
        return new Scene(SurfacesScene.defaults(), NetworkScene.defaults());
    }

    /** Whether the scene sets neither tab. */
    public boolean isEmpty() {
        return surfaces == null && network == null;
    }

    /** A copy with the surfaces tab's setup. */
    public Scene with(SurfacesScene newSurfaces) {
        return new Scene(newSurfaces, network);
    }

    /** A copy with the network tab's setup. */
    public Scene with(NetworkScene newNetwork) {
        return new Scene(surfaces, newNetwork);
    }
}
