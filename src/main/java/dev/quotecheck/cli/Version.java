package dev.quotecheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven filtered into {@code version.properties}. */
final class Version implements IVersionProvider {

  static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/dev/quotecheck/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"quotecheck " + current()};
  }
}
