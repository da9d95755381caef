package verbatim.core.quotes;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** Trains a real OpenNLP model on a test's events, the way the bench's trainer does (L-BFGS maximum entropy). */
final class QnTraining {
  private QnTraining() {}

  static MaxentModel train(List<Event> events) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, 100);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    return TrainerFactory.getEventTrainer(params, new HashMap<>()).train(ObjectStreamUtils.createObjectStream(events));
  }
}
