package verbatim.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Third-party evaluation data lives in {@code ../shared} beside the project, never in it. Tests
 * that need it are skipped, with a message saying why, on a checkout without it.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String configured = System.getProperty("verbatim.shared");
    return Path.of(configured != null ? configured : "../shared").toAbsolutePath().normalize();
  }

  /** The file or folder at {@code relative} under shared/, or the test is skipped. */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    assumeTrue(Files.exists(path), "skipped: " + path + " is not here (../shared is not beside this checkout)");
    return path;
  }
}
