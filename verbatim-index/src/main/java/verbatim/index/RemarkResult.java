package verbatim.index;

import java.util.List;

/**
 * Remarks found among {@code quotes} quotes read; {@code total} remarks in all, this page of them.
 * {@code truncated} when more quotes matched than one grouping reads ({@link Remarks#MAX_QUOTES}).
 */
public record RemarkResult(long quotes, long total, List<Remark> remarks, boolean truncated) {
  public RemarkResult {
    remarks = List.copyOf(remarks);
  }
}
