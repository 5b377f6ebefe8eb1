package dev.rubric.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The application's version: the project version, from the build's filtered {@code
 * version.properties}, else from the jar's manifest. Answers {@code --version}.
 */
public final class Version implements IVersionProvider {

  /** Creates the provider; picocli calls {@link #getVersion()}. */
  public Version() {}

  /** Returns what {@code --version} prints, e.g. {@code rubric 0.1.0}. */
  @Override
  public String[] getVersion() {
    return new String[] {"rubric " + number()};
  }

  /** Returns the version number, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String number() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String v = p.getProperty("version");
    if (v == null) {
      v = Version.class.getPackage().getImplementationVersion();
    }
    return v == null ? "(unknown version)" : v;
  }
}
