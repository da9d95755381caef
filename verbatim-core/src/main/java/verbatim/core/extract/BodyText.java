package verbatim.core.extract;

import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.Span;

/**
 * The normalized body: paragraphs joined by one blank line, with a span per paragraph. The one
 * place that decides how paragraphs become text, so every extractor agrees.
 */
public record BodyText(String text, List<Span> paragraphs) {
  public static final String PARAGRAPH_SEPARATOR = "\n\n";

  public BodyText {
    paragraphs = List.copyOf(paragraphs);
  }

  /** Joins non-blank paragraphs, each with its whitespace normalized. */
  public static BodyText of(List<String> paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (String raw : paragraphs) {
      String paragraph = Whitespace.normalize(raw);
      if (paragraph.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(PARAGRAPH_SEPARATOR);
      }
      int begin = text.length();
      text.append(paragraph);
      spans.add(new Span(begin, text.length()));
    }
    return new BodyText(text.toString(), spans);
  }
}
