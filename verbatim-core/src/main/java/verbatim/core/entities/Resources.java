package verbatim.core.entities;

import java.util.List;
import verbatim.core.data.DataLines;

/** The package's data files. */
final class Resources {
  private Resources() {}

  static List<String> lines(String name) {
    return DataLines.of(Resources.class, name);
  }
}
