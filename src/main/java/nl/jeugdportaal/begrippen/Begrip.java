package nl.jeugdportaal.begrippen;

import java.util.List;

/** One entry of the glossary: its anchor, the term, the words that link to it, and a B1 explanation. */
public record Begrip(String id, String term, List<String> vormen, String uitleg) {
}
