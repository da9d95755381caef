package verbatim.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import verbatim.core.input.DocumentSources;

/**
 * Turns the job's {@code --input} globs into the files to read, on the driver, through Hadoop's
 * file systems (local paths, HDFS, object stores). A file a glob names is always read; a folder is
 * walked and only what {@code verbatim ingest} would take from it is read (pages, archives, JSON
 * Lines, feeds; no hidden files, no {@code _SUCCESS} markers), as the CLI walks a folder.
 */
final class InputListing {
  private InputListing() {}

  /**
   * The files' fully qualified URIs, sorted and each once.
   *
   * @throws IllegalArgumentException when a glob matches nothing, naming it
   * @throws IOException when a file system cannot be listed
   */
  static List<String> files(List<String> globs, Configuration hadoop) throws IOException {
    TreeSet<String> files = new TreeSet<>();
    for (String glob : globs) {
      Path pattern = new Path(glob);
      FileSystem fs = pattern.getFileSystem(hadoop);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        throw new IllegalArgumentException("--input " + glob + ": matches no file");
      }
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          files.addAll(walk(fs, match.getPath()));
        } else {
          files.add(fs.makeQualified(match.getPath()).toUri().toString());
        }
      }
    }
    return new ArrayList<>(files);
  }

  private static List<String> walk(FileSystem fs, Path folder) throws IOException {
    List<String> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> found = fs.listFiles(folder, true);
    while (found.hasNext()) {
      Path file = found.next().getPath();
      if (DocumentSources.mayHoldDocuments(java.nio.file.Path.of(file.getName()))) {
        files.add(fs.makeQualified(file).toUri().toString());
      }
    }
    return files;
  }
}
