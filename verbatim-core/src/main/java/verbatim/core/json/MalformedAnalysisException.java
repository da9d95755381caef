package verbatim.core.json;

import java.io.IOException;

/** JSON that is not an analysis as {@link AnalysisJson} writes it; the message says where. */
public final class MalformedAnalysisException extends IOException {
  public MalformedAnalysisException(String message) {
    super(message);
  }

  public MalformedAnalysisException(String message, Throwable cause) {
    super(message, cause);
  }
}
