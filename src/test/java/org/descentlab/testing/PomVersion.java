package org.descentlab.testing;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Node;

/**
 * The {@code project.version} written in {@code pom.xml}, read with an XML parser: an independent source for the
 * tests of the version the app shows (the app reads it from a resource the build filters).
 */
public final class PomVersion {

    private PomVersion() {
    }

    /** The project's own {@code <version>} (not its parent's, nor a dependency's). Tests run in the project folder. */
    public static String read() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        var version = (Node) XPathFactory.newInstance().newXPath()
                .evaluate("/*[local-name()='project']/*[local-name()='version']", pom, XPathConstants.NODE);
        if (version == null) {
            throw new IllegalStateException("pom.xml states no project version");
        }
        return version.getTextContent().strip();
    }
}
