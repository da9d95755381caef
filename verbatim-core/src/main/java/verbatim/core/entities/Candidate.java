package verbatim.core.entities;

import verbatim.core.model.EntityType;

/**
 * A mention as a token range {@code [start, end)} of one sentence, with the rule that found it.
 */
record Candidate(int sentence, int start, int end, EntityType type, String rule) {
  Candidate {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty token range [" + start + ", " + end + ")");
    }
  }

  boolean overlaps(Candidate other) {
    return sentence == other.sentence && start < other.end && other.start < end;
  }

  Candidate as(EntityType newType, String newRule) {
    return new Candidate(sentence, start, end, newType, newRule);
  }

  int length() {
    return end - start;
  }
}
