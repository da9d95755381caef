package verbatim.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar was built as, from its manifest. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Verbatim.class.getPackage().getImplementationVersion();
    return new String[] {
      "verbatim " + (version == null ? "(development build)" : version),
      "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
      "GPL-3.0-or-later"
    };
  }
}
