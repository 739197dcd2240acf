package dev.quotecheck.report;

/** The tool's version as the jar's manifest states it. */
final class Versions {
  private Versions() {}

  static String tool() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
