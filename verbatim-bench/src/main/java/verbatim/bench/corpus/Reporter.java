package verbatim.bench.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import verbatim.core.model.EntityType;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Role;
import verbatim.core.model.Span;

/**
 * Writes the draft of one original article: a cast drawn from the {@link World}, then paragraphs of
 * narrative and reported speech from sentence templates until the article is long enough (300 to
 * 1,500 words, most of them short). About a third of the sentences report speech: direct quotes
 * before or after their attribution or split around it, reported clauses, "according to", unnamed
 * officials and groups.
 */
final class Reporter {
  static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
  static final int DAYS = 8 * 365;

  private final World world;

  Reporter(World world) {
    this.world = world;
  }

  /** The article numbered {@code index}, written with {@code random}. */
  Draft draft(int index, SplittableRandom random) {
    World.Outlet outlet = world.outlet(random);
    LocalDateTime published = FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(6 + random.nextInt(17), random.nextInt(60));
    Writing writing = new Writing(random, cast(random), published.toLocalDate());
    double u = random.nextDouble();
    int targetWords = 300 + (int) (1200 * u * u);
    List<List<Draft.Sentence>> paragraphs = new ArrayList<>();
    int words = 0;
    while (words < targetWords) {
      List<Draft.Sentence> paragraph = new ArrayList<>();
      int sentences = 1 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        Draft.Sentence sentence = paragraphs.isEmpty() && s == 0 ? writing.lead()
            : random.nextInt(100) < 35 ? writing.reportedSpeech() : writing.narrative();
        paragraph.add(sentence);
        words += wordsIn(sentence.text());
      }
      paragraphs.add(paragraph);
    }
    String title = writing.headline();
    String url = "https://" + outlet.domain() + "/" + published.toLocalDate().toString().replace('-', '/') + "/"
        + slug(title) + "-" + index;
    return new Draft(title, outlet, url, published, null, world.person(random).fullName(), writing.cast, paragraphs);
  }

  /** Two to six people, one to four organisations, one to three places; the first person leads. */
  private Cast cast(SplittableRandom random) {
    Cast cast = new Cast();
    int people = 2 + random.nextInt(5);
    for (int tries = 0; cast.people.size() < people && tries < 50; tries++) {
      World.Person p = world.person(random);
      if (cast.add(p.fullName(), EntityType.PERSON, p.role() == null ? List.of() : List.of(p.role()))) {
        cast.people.add(cast.members.size() - 1);
        cast.persons.add(p);
      }
    }
    int organisations = 1 + random.nextInt(4);
    for (int tries = 0; cast.organisations.size() < organisations && tries < 50; tries++) {
      if (cast.add(world.organisation(random), EntityType.ORGANIZATION, List.of())) {
        cast.organisations.add(cast.members.size() - 1);
      }
    }
    int places = 1 + random.nextInt(3);
    for (int tries = 0; cast.places.size() < places && tries < 50; tries++) {
      if (cast.add(world.place(random), EntityType.LOCATION, List.of())) {
        cast.places.add(cast.members.size() - 1);
      }
    }
    return cast;
  }

  /** The cast of one article, by kind, as indexes into its members. */
  private static final class Cast {
    final List<Draft.Member> members = new ArrayList<>();
    final List<Integer> people = new ArrayList<>();
    final List<World.Person> persons = new ArrayList<>();
    final List<Integer> organisations = new ArrayList<>();
    final List<Integer> places = new ArrayList<>();

    boolean add(String name, EntityType type, List<Role> roles) {
      if (members.stream().anyMatch(m -> m.name().equals(name))) {
        return false;
      }
      members.add(new Draft.Member(name, type, roles));
      return true;
    }
  }

  /** The state of one article being written: who has been introduced, and the words to draw from. */
  private final class Writing {
    private final SplittableRandom random;
    private final Cast castOf;
    private final List<Draft.Member> cast;
    private final LocalDate published;
    private final boolean[] introduced;

    Writing(SplittableRandom random, Cast cast, LocalDate published) {
      this.random = random;
      this.castOf = cast;
      this.cast = cast.members;
      this.published = published;
      this.introduced = new boolean[cast.members.size()];
    }

    Draft.Sentence lead() {
      SentenceBuilder b = new SentenceBuilder();
      person(b, 0, false);
      b.words(" " + past() + " the " + adjective() + " " + noun() + " in ");
      place(b);
      b.words(" ");
      day(b);
      b.words(", as " + plural(noun()) + " " + past() + " the " + noun() + ".");
      return b.sentence();
    }

    Draft.Sentence narrative() {
      SentenceBuilder b = new SentenceBuilder();
      expand(b, World.pick(Templates.NARRATIVE, random));
      return b.sentence();
    }

    Draft.Sentence reportedSpeech() {
      SentenceBuilder b = new SentenceBuilder();
      int form = random.nextInt(100);
      if (form < 25) {
        b.words("“");
        b.beginQuotation();
        expand(b, World.pick(Templates.OWN_WORDS, random));
        b.words(",");
        b.endPart();
        b.words("” ");
        Draft.Voice voice = speaker(b, true);
        b.words(" ");
        b.cue("said");
        b.words(".");
        return b.quote(QuoteKind.DIRECT, voice, "quote, then speaker + said", 0.92);
      } else if (form < 40) {
        Draft.Voice voice = speaker(b, true);
        b.words(" ");
        b.cue("said");
        b.words(": “");
        b.beginQuotation();
        expand(b, World.pick(Templates.OWN_WORDS, random));
        b.words(".");
        b.endPart();
        b.words("”");
        return b.quote(QuoteKind.DIRECT, voice, "speaker + said: quote", 0.9);
      } else if (form < 50) {
        b.words("“");
        b.beginQuotation();
        expand(b, World.pick(Templates.OWN_WORDS, random));
        b.words(",");
        b.endPart();
        b.words("” ");
        Draft.Voice voice = speaker(b, true);
        b.words(" ");
        b.cue("said");
        b.words(", “");
        b.beginPart();
        expand(b, World.pick(Templates.OWN_WORDS, random));
        b.words(".");
        b.endPart();
        b.words("”");
        return b.quote(QuoteKind.DIRECT, voice, "quote split around speaker + said", 0.88);
      } else if (form < 70) {
        Draft.Voice voice = speaker(b, true);
        b.words(" ");
        b.cue("said");
        b.words(" that ");
        b.beginPart();
        expand(b, World.pick(Templates.REPORTED, random));
        b.endPart();
        b.words(".");
        return b.quote(QuoteKind.INDIRECT, voice, "speaker said that + clause", 0.8);
      } else if (form < 78) {
        b.beginPart();
        expand(b, World.pick(Templates.REPORTED, random));
        b.endPart();
        b.words(", ");
        Draft.Voice voice = speaker(b, false);
        b.words(" ");
        b.cue("told reporters");
        b.words(".");
        return b.quote(QuoteKind.INDIRECT, voice, "clause, speaker told reporters", 0.75);
      } else if (form < 85) {
        b.cue("according to");
        b.words(" ");
        Draft.Voice voice = speaker(b, false);
        b.words(", ");
        b.beginPart();
        expand(b, World.pick(Templates.REPORTED, random));
        b.endPart();
        b.words(".");
        return b.quote(QuoteKind.INDIRECT, voice, "according to + speaker, clause", 0.7);
      } else if (form < 95) {
        b.words("“");
        b.beginQuotation();
        expand(b, World.pick(Templates.OWN_WORDS, random));
        b.words(",");
        b.endPart();
        b.words("” ");
        String rank = World.pick(Words.RANKS, random);
        String affiliation = cast.get(organisation()).name();
        Span span = b.append("a " + rank + " " + affiliation + " official");
        b.words(" ");
        b.cue("said");
        b.words(", speaking on condition of anonymity.");
        return b.quote(QuoteKind.DIRECT, new Draft.Anonymous(rank, affiliation, span), "quote, then anonymous + said",
            0.85);
      } else {
        Span span = b.append(World.pick(Words.GROUPS, random));
        b.words(" ");
        b.cue("said");
        b.words(" that ");
        b.beginPart();
        expand(b, World.pick(Templates.REPORTED, random));
        b.endPart();
        b.words(".");
        return b.quote(QuoteKind.INDIRECT, new Draft.Group(span), "group said that + clause", 0.7);
      }
    }

    String headline() {
      World.Person lead = castOf.persons.get(0);
      String place = castOf.places.isEmpty() ? "the region" : cast.get(castOf.places.get(0)).name();
      String organisation = castOf.organisations.isEmpty() ? "the ministry"
          : cast.get(castOf.organisations.get(0)).name();
      String title = switch (random.nextInt(6)) {
        case 0 -> lead.last() + " vows to " + base() + " " + noun() + " amid " + adjective() + " " + noun();
        case 1 -> place + " " + past() + " " + adjective() + " " + noun() + " after " + noun() + " talks";
        case 2 -> organisation + " " + past() + " " + noun() + " plan";
        case 3 -> lead.last() + " says " + plural(noun()) + " must " + base() + " the " + noun();
        case 4 -> adjective() + " " + noun() + " " + past() + " in " + place;
        default -> place + " and " + organisation + " " + past() + " " + noun() + " deal";
      };
      return World.capital(title);
    }

    /** The speaker of reported speech: the lead half the time, a pronoun once they are known. */
    private Draft.Voice speaker(SentenceBuilder b, boolean pronounAllowed) {
      int member = random.nextBoolean() ? castOf.people.get(0) : castOf.people.get(random.nextInt(castOf.people.size()));
      Span span = person(b, member, pronounAllowed);
      return new Draft.Named(member, span);
    }

    /** Names a person: in full with their title the first time, then by surname or, where allowed, "he"/"she". */
    private Span person(SentenceBuilder b, int member, boolean pronounAllowed) {
      World.Person p = castOf.persons.get(castOf.people.indexOf(member));
      if (!introduced[member]) {
        introduced[member] = true;
        if (p.title() != null && random.nextInt(5) < 3) {
          b.words(p.title() + " ");
        }
        return b.mention(member, p.fullName(), "full name");
      }
      if (pronounAllowed && random.nextInt(5) == 0) {
        return b.mention(member, p.female() ? "she" : "he", "pronoun → nearest person");
      }
      return b.mention(member, p.last(), "surname");
    }

    private void place(SentenceBuilder b) {
      int member = castOf.places.get(random.nextInt(castOf.places.size()));
      b.mention(member, cast.get(member).name(), "name");
    }

    private void organisationMention(SentenceBuilder b) {
      int member = organisation();
      b.mention(member, cast.get(member).name(), "name");
    }

    private int organisation() {
      return castOf.organisations.get(random.nextInt(castOf.organisations.size()));
    }

    private void day(SentenceBuilder b) {
      DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
      b.date("on " + Words.WEEKDAYS.get(day.getValue() - 1), published.with(TemporalAdjusters.previousOrSame(day)));
    }

    private void expand(SentenceBuilder b, String template) {
      int at = 0;
      while (at < template.length()) {
        int open = template.indexOf('{', at);
        if (open < 0) {
          b.words(template.substring(at));
          return;
        }
        b.words(template.substring(at, open));
        int close = template.indexOf('}', open);
        slot(b, template.substring(open + 1, close));
        at = close + 1;
      }
    }

    private void slot(SentenceBuilder b, String slot) {
      switch (slot) {
        case "P" -> person(b, random.nextInt(3) == 0 ? castOf.people.get(0)
            : castOf.people.get(random.nextInt(castOf.people.size())), false);
        case "O" -> organisationMention(b);
        case "L" -> place(b);
        case "N" -> b.words(noun());
        case "Ns" -> b.words(plural(noun()));
        case "A" -> b.words(adjective());
        case "V" -> b.words(past());
        case "Vb" -> b.words(base());
        case "D" -> day(b);
        case "#" -> b.words(Integer.toString(2 + random.nextInt(94)));
        case "M" -> b.words(World.pick(Words.MONTHS, random));
        case "Y" -> b.words(Integer.toString(published.getYear() - random.nextInt(3)));
        default -> throw new IllegalArgumentException("unknown slot {" + slot + "} in a template");
      }
    }

    private String noun() {
      return World.pick(Words.NOUNS, random);
    }

    private String adjective() {
      return World.pick(Words.ADJECTIVES, random);
    }

    private String base() {
      String verb = World.pick(Words.VERBS, random);
      return verb.substring(0, verb.indexOf(':'));
    }

    private String past() {
      String verb = World.pick(Words.VERBS, random);
      return verb.substring(verb.indexOf(':') + 1);
    }
  }

  static String plural(String noun) {
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
      return noun + "es";
    }
    if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun + "s";
  }

  private static int wordsIn(String text) {
    int words = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  static String slug(String title) {
    StringBuilder out = new StringBuilder();
    int words = 0;
    for (String w : title.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!w.isEmpty() && words++ < 6) {
        out.append(out.length() == 0 ? "" : "-").append(w);
      }
    }
    return out.toString();
  }
}
