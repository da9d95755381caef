package verbatim.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings (object store credentials providers, endpoints) carried to the
 * tasks that open files: Hadoop's {@link Configuration} itself cannot be serialized.
 */
record HadoopSettings(Map<String, String> values) implements Serializable {
  HadoopSettings {
    values = Map.copyOf(values);
  }

  static HadoopSettings of(Configuration configuration) {
    Map<String, String> values = new HashMap<>();
    configuration.forEach(e -> values.put(e.getKey(), e.getValue()));
    return new HadoopSettings(values);
  }

  Configuration configuration() {
    Configuration configuration = new Configuration(false);
    values.forEach(configuration::set);
    return configuration;
  }
}
