package verbatim.bench.corpus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import verbatim.core.model.EntityType;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Role;
import verbatim.core.model.Span;

/**
 * A synthetic article before it is laid out: its sentences, each with what is marked in it relative
 * to its own start, and the cast its mentions point to. Copies and updates are made by editing a
 * draft, so that their offsets are worked out again rather than patched.
 *
 * @param cast the people, organisations and places of the article, by index
 * @param paragraphs the sentences of each paragraph
 */
record Draft(String title, World.Outlet outlet, String url, LocalDateTime published, LocalDateTime updated,
    String author, List<Member> cast, List<List<Sentence>> paragraphs) {
  Draft {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    cast = List.copyOf(cast);
    paragraphs = paragraphs.stream().map(List::copyOf).toList();
  }

  /** Someone or something the article names. */
  record Member(String name, EntityType type, List<Role> roles) {
    Member {
      roles = List.copyOf(roles);
    }
  }

  /** One sentence; {@code quote} is {@code null} when nothing in it is reported speech. */
  record Sentence(String text, List<Mention> mentions, Spoken quote, List<DateWords> dates) {
    Sentence {
      mentions = List.copyOf(mentions);
      dates = List.copyOf(dates);
    }
  }

  /** Words that name {@code member}, and the rule that tied them to it. */
  record Mention(int member, Span span, String rule) {}

  /** Reported speech: its parts, its cue and who said it. */
  record Spoken(QuoteKind kind, List<Span> parts, Span cue, Voice voice, String rule, double confidence) {
    Spoken {
      parts = List.copyOf(parts);
    }
  }

  /** "on Monday", resolved against the published date. */
  record DateWords(Span span, LocalDate value) {}

  /** Who speaks: a cast member, an unnamed official or a group. */
  sealed interface Voice permits Named, Anonymous, Group {
    Span span();
  }

  record Named(int member, Span span) implements Voice {}

  record Anonymous(String rank, String affiliation, Span span) implements Voice {}

  record Group(Span span) implements Voice {}

  Draft withParagraphs(List<List<Sentence>> newParagraphs) {
    return new Draft(title, outlet, url, published, updated, author, cast, newParagraphs);
  }

  Draft republished(String newTitle, World.Outlet newOutlet, String newUrl, LocalDateTime newPublished,
      List<List<Sentence>> newParagraphs) {
    return new Draft(newTitle, newOutlet, newUrl, newPublished, null, author, cast, newParagraphs);
  }

  Draft updatedAt(LocalDateTime when, List<List<Sentence>> newParagraphs) {
    return new Draft(title, outlet, url, published, when, author, cast, newParagraphs);
  }
}
