package verbatim.core.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Candidates that never overlap: the first to claim tokens keeps them unless a rule forces. */
final class CandidateSet {
  private final List<Candidate> candidates = new ArrayList<>();

  /** Adds {@code c} unless it overlaps one already here; says whether it was added. */
  boolean add(Candidate c) {
    if (covered(c)) {
      return false;
    }
    candidates.add(c);
    return true;
  }

  /** Adds {@code c}, dropping any candidate it overlaps. */
  void force(Candidate c) {
    candidates.removeIf(c::overlaps);
    candidates.add(c);
  }

  boolean covered(Candidate c) {
    return candidates.stream().anyMatch(c::overlaps);
  }

  boolean coversToken(int sentence, int i) {
    return candidates.stream().anyMatch(c -> c.sentence() == sentence && c.start() <= i && i < c.end());
  }

  /** Whether an organisation starts at token {@code i} whose words have no organisation head noun. */
  boolean startsOrganizationWithoutHead(int sentence, int i, java.util.Set<String> heads, List<String> words) {
    for (Candidate c : candidates) {
      if (c.sentence() == sentence && c.start() == i && c.type() == verbatim.core.model.EntityType.ORGANIZATION
          && words.subList(c.start(), c.end()).stream().noneMatch(heads::contains)) {
        return !c.rule().equals("known organisation") && !c.rule().equals("name + administration");
      }
    }
    return false;
  }

  /** In text order. */
  List<Candidate> sorted() {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(Candidate::sentence).thenComparingInt(Candidate::start));
    return sorted;
  }
}
