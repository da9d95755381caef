package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the features of one candidate go, each given in parts ({@code "w|d=", word, "|", distance})
 * and closed by {@link #end()}. Training takes the parts joined into strings ({@link Strings}),
 * the form OpenNLP learns from; scoring hashes them as they come ({@link FeatureWeights.Sum}) and
 * never builds a string. The same describing code feeds both, so a model is used on exactly the
 * features it learnt from.
 */
interface FeatureSink {
  /** Opens a feature; {@link #part} appends to it. */
  void begin();

  void part(String text);

  /** Closes the feature opened by {@link #begin()}. */
  void end();

  default void add(String a) {
    begin();
    part(a);
    end();
  }

  default void add(String a, String b) {
    begin();
    part(a);
    part(b);
    end();
  }

  default void add(String a, String b, String c) {
    begin();
    part(a);
    part(b);
    part(c);
    end();
  }

  default void add(String a, String b, String c, String d) {
    begin();
    part(a);
    part(b);
    part(c);
    part(d);
    end();
  }

  default void add(String a, String b, String c, String d, String e) {
    begin();
    part(a);
    part(b);
    part(c);
    part(d);
    part(e);
    end();
  }

  /** The features as strings, for training and for reading them. */
  final class Strings implements FeatureSink {
    private final List<String> features = new ArrayList<>();
    private final StringBuilder feature = new StringBuilder();

    @Override
    public void begin() {
      feature.setLength(0);
    }

    @Override
    public void part(String text) {
      feature.append(text);
    }

    @Override
    public void end() {
      features.add(feature.toString());
    }

    String[] toArray() {
      return features.toArray(String[]::new);
    }
  }
}
