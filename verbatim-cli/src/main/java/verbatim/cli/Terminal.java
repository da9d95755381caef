package verbatim.cli;

/**
 * Whether standard output and standard error are terminals. Java alone can only tell when both
 * stdin and stdout are; the launcher script tests each stream with {@code [ -t N ]} and passes the
 * answer in {@code VERBATIM_STDOUT_TTY} / {@code VERBATIM_STDERR_TTY}.
 */
record Terminal(boolean stdout, boolean stderr) {
  static Terminal detect() {
    boolean console = System.console() != null;
    return new Terminal(flag("VERBATIM_STDOUT_TTY", console), flag("VERBATIM_STDERR_TTY", console));
  }

  private static boolean flag(String name, boolean fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value.equals("1");
  }
}
