package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

/**
 * The flat table gives the probabilities OpenNLP gives, on a real OpenNLP model trained here on
 * made-up events, and a feature hashed in parts is the feature joined.
 */
class FeatureWeightsTest {
  @Test
  void itGivesOpenNlpsProbabilitiesForSeenUnseenAndRepeatedFeatures() throws IOException {
    Random random = new Random(7);
    List<Event> events = new ArrayList<>();
    for (int n = 0; n < 400; n++) {
      String[] context = context(random, 12);
      // "yes" leans on the low-numbered words, so the weights are far from zero and of both signs
      boolean yes = Integer.parseInt(context[0].substring(2)) < 20 || context[1].equals("t=b");
      events.add(new Event(yes ? AttributionModel.YES : AttributionModel.NO, context));
    }
    MaxentModel model = train(events);
    FeatureWeights weights = FeatureWeights.of(model);

    for (int n = 0; n < 200; n++) {
      String[] context = context(random, 1 + random.nextInt(20));
      if (n % 3 == 0) {
        context[context.length - 1] = "never=seen" + n;
      }
      if (n % 5 == 0 && context.length > 1) {
        context[1] = context[0];
      }
      double expected = AttributionModel.score(model, context);
      assertThat(weights.probability(context)).isCloseTo(expected, within(1e-12));
    }
    assertThat(weights.probability(new String[0])).isCloseTo(AttributionModel.score(model, new String[0]), within(1e-12));
  }

  @Test
  void aFeatureGivenInPartsWeighsAsTheJoinedFeature() throws IOException {
    List<Event> events = List.of(
        new Event(AttributionModel.YES, new String[] {"w|d=said|-1", "t=VBD"}),
        new Event(AttributionModel.NO, new String[] {"w|d=the|+4-6", "t=DT"}),
        new Event(AttributionModel.YES, new String[] {"w|d=said|-1", "t=VBZ"}),
        new Event(AttributionModel.NO, new String[] {"w|d=a|2", "t=DT"}));
    MaxentModel model = train(events);
    FeatureWeights weights = FeatureWeights.of(model);

    FeatureWeights.Sum sum = weights.sum();
    sum.clear();
    sum.add("w|d=", "said", "|", "-1");
    sum.add("t=", "VBD");
    assertThat(sum.probability()).isCloseTo(AttributionModel.score(model, new String[] {"w|d=said|-1", "t=VBD"}),
        within(1e-12));
    assertThat(FeatureWeights.hash("w|d=said|-1")).isNotEqualTo(FeatureWeights.hash("w|d=said|-"));
    sum.clear();
    assertThat(sum.probability()).isCloseTo(AttributionModel.score(model, new String[0]), within(1e-12));
  }

  @Test
  void aModelWithOtherOutcomesIsRefused() throws IOException {
    MaxentModel colours = train(List.of(new Event("red", new String[] {"a"}), new Event("blue", new String[] {"b"})));
    assertThatThrownBy(() -> FeatureWeights.of(colours))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a yes/no model");
  }

  private static String[] context(Random random, int size) {
    String[] context = new String[size];
    context[0] = "w=" + random.nextInt(60);
    for (int i = 1; i < size; i++) {
      context[i] = i == 1 ? "t=" + "abc".charAt(random.nextInt(3)) : "f" + i + "=" + random.nextInt(8);
    }
    return context;
  }

  private static MaxentModel train(List<Event> events) throws IOException {
    return QnTraining.train(events);
  }
}
