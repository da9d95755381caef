package verbatim.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import verbatim.core.model.Span;
import verbatim.core.nlp.ParseNeed;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.SentenceSplitter;
import verbatim.core.nlp.Token;

/**
 * CoreNLP's English tokenizer and sentence splitter and, when asked, its part-of-speech tagger and
 * neural dependency parser (Universal Dependencies), which the quote extractor reads. A blank line
 * always ends a sentence. Thread-safe: these annotators keep no per-document state.
 */
public final class CoreNlpSentenceSplitter implements SentenceSplitter {
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final GreedyDependencyParser parser;
  private final boolean parse;
  private final ParseNeed need;

  /** Tokens and sentences only. */
  public CoreNlpSentenceSplitter() {
    this(false, ParseNeed.ALL);
  }

  /** Tokens and sentences, and tags and dependencies for the sentences {@code need} asks for. */
  public CoreNlpSentenceSplitter(ParseNeed need) {
    this(true, need);
  }

  private CoreNlpSentenceSplitter(boolean parse, ParseNeed need) {
    this.parse = parse;
    this.need = need;
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit");
    split.setProperty("tokenize.language", "en");
    split.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    split.setProperty("ssplit.newlineIsSentenceBreak", "two");
    splitter = new StanfordCoreNLP(split, false);
    if (parse) {
      Properties tag = new Properties();
      tag.setProperty("annotators", "pos");
      tagger = new StanfordCoreNLP(tag, false);
      // the parser itself, not its annotator: the annotator also builds enhanced and enhanced++
      // graphs with semgrex on every sentence, which verbatim does not read
      parser = GreedyDependencyParser.load();
    } else {
      tagger = null;
      parser = null;
    }
  }

  @Override
  public List<Sentence> split(String text) {
    Annotation document = new Annotation(OpeningApostrophes.asBackticks(text));
    splitter.annotate(document);
    Map<CoreMap, GreedyDependencyParser.Arcs> parsed = new IdentityHashMap<>();
    if (parse) {
      SentenceChunks.limit(document);
      parseWhereNeeded(document, parsed);
    }
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int[] heads = new int[labels.size()];
      String[] relations = new String[labels.size()];
      Arrays.fill(heads, Token.UNPARSED);
      GreedyDependencyParser.Arcs arcs = parsed.get(sentence);
      if (arcs != null) {
        System.arraycopy(arcs.heads(), 0, heads, 0, Math.min(heads.length, arcs.heads().length));
        System.arraycopy(arcs.relations(), 0, relations, 0, Math.min(heads.length, arcs.relations().length));
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel label = labels.get(i);
        tokens.add(new Token(new Span(label.beginPosition(), label.endPosition()), label.word(), label.tag(),
            heads[i], relations[i]));
      }
      sentences.add(new Sentence(new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end()), tokens));
    }
    return sentences;
  }

  /**
   * Parses one sentence the split left unparsed, from its words and tags: for a stage that finds a
   * report where the rules looked for none. The sentence itself when it is parsed already, has
   * untagged words, or this splitter does not parse.
   */
  public Sentence parse(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (!parse || tokens.isEmpty() || tokens.get(0).parsed() || tokens.stream().anyMatch(t -> t.tag() == null)) {
      return sentence;
    }
    List<CoreLabel> labels = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      CoreLabel label = new CoreLabel();
      label.setWord(t.text());
      label.setValue(t.text());
      label.setTag(t.tag());
      label.setBeginPosition(t.begin());
      label.setEndPosition(t.end());
      labels.add(label);
    }
    CoreMap words = new ArrayCoreMap();
    words.set(CoreAnnotations.TokensAnnotation.class, labels);
    GreedyDependencyParser.Arcs arcs = parser.parse(words);
    List<Token> parsed = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      parsed.add(new Token(t.span(), t.text(), t.tag(), arcs.heads()[i], arcs.relations()[i]));
    }
    return new Sentence(sentence.span(), parsed);
  }

  /**
   * Tags the sentences that need tags and parses those of them that need a parse; the others keep
   * their tokens only.
   */
  private void parseWhereNeeded(Annotation document, Map<CoreMap, GreedyDependencyParser.Arcs> parsed) {
    List<CoreMap> all = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> tagged = new ArrayList<>();
    Map<CoreMap, List<String>> words = new IdentityHashMap<>();
    for (CoreMap sentence : all) {
      List<String> w = words(sentence);
      if (need.needsTags(w)) {
        tagged.add(sentence);
        words.put(sentence, w);
      }
    }
    document.set(CoreAnnotations.SentencesAnnotation.class, tagged);
    try {
      tagger.annotate(document);
    } finally {
      document.set(CoreAnnotations.SentencesAnnotation.class, all);
    }
    for (CoreMap sentence : tagged) {
      List<String> tags = new ArrayList<>();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tags.add(label.tag());
      }
      if (need.needsParse(words.get(sentence), tags)) {
        parsed.put(sentence, parser.parse(sentence));
      }
    }
  }

  private static List<String> words(CoreMap sentence) {
    List<String> words = new ArrayList<>();
    for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      words.add(label.originalText());
    }
    return words;
  }
}
