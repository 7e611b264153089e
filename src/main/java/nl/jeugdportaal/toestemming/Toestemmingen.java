package nl.jeugdportaal.toestemming;

import java.util.List;

/**
 * The toestemmingen one person is part of: given, received, and the others about them or about a
 * child whose data they may see, so every change is shown to the person it concerns.
 */
public record Toestemmingen(
        List<Toestemmingregel> gegeven,
        List<Toestemmingregel> gekregen,
        List<Toestemmingregel> overMijEnMijnKinderen) {
}
