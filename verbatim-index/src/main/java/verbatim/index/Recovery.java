package verbatim.index;

import java.util.List;

/**
 * What opening a corpus had to repair.
 *
 * @param damage damaged ledger lines found, and what was done with each
 * @param replayed how many ledger records the index took again because its last commit did not
 *     reach them (a crash between the ledger's sync and the index's commit)
 * @param rebuilt whether the whole index was rebuilt from the ledger (missing, of an older schema,
 *     or ahead of the ledger)
 */
public record Recovery(List<LedgerDamage> damage, long replayed, boolean rebuilt) {
  public Recovery {
    damage = List.copyOf(damage);
  }

  /** Whether anything had to be repaired or reported. */
  public boolean clean() {
    return damage.isEmpty() && replayed == 0 && !rebuilt;
  }
}
