package org.descentlab.core.scene;

/**
 * A scene: one or both tabs' setups, as a scene file ({@code .dlab.json}) holds them.
 *
 * @param surfaces the surfaces tab's setup, or {@code null} when the scene leaves that tab as it is
 * @param network the network tab's setup, or {@code null} when the scene leaves that tab as it is
 */
public record Scene(SurfacesScene surfaces, NetworkScene network) {

    /** Checks that the scene sets at least one tab. */
    public Scene {
        if (surfaces == null && network == null) {
            throw new SettingException(Problem.of("A scene must set up the surfaces tab, the network tab or both"));
        }
    }

    /** Both tabs as the app opens. */
    public static Scene defaults() {
        return new Scene(SurfacesScene.defaults(), NetworkScene.defaults());
    }
}
