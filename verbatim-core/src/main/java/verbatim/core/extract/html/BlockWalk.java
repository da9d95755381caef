package verbatim.core.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import verbatim.core.extract.Whitespace;

/**
 * One pass over a subtree, furniture pruned: its text blocks in reading order, how much text each
 * element holds, and the known article-body containers met on the way. The pass is iterative
 * (jsoup's traversor), so a page nested thousands deep does not exhaust the stack.
 */
final class BlockWalk {
  /** The fewest characters a block needs to count as prose rather than a label. */
  static final int PROSE_CHARS = 25;
  /** A block this long with few links is a paragraph of prose, not a teaser or a label. */
  static final int PARAGRAPH_CHARS = 80;

  private static final double PARAGRAPH_LINK_DENSITY = 0.25;
  /** Leads kept per page: a page has one or two; more are teaser lists, and would cost time. */
  private static final int MAX_LEADS = 64;

  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
      "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "center",
      "address", "details", "summary", "hr", "body", "html", "fieldset", "header", "footer", "nav", "aside",
      "figure", "figcaption", "form");

  private final List<TextBlock> blocks = new ArrayList<>();
  private final Map<Element, ElementText> text = new IdentityHashMap<>();
  private final List<Element> knownBodies = new ArrayList<>();
  private final List<Element> leads = new ArrayList<>();

  private final int pageChars;

  private BlockWalk(int pageChars) {
    this.pageChars = pageChars;
  }

  /** Walks the whole page from its root. */
  static BlockWalk of(Element root, Pruning pruning, ContentPatterns patterns) {
    return of(root, pruning, patterns, Pruning.chars(root));
  }

  /** Walks part of a page whose whole text is {@code pageChars} long. */
  static BlockWalk of(Element root, Pruning pruning, ContentPatterns patterns, int pageChars) {
    BlockWalk walk = new BlockWalk(pageChars);
    NodeTraversor.filter(walk.new Filter(root, pruning, patterns), root);
    return walk;
  }

  int pageChars() {
    return pageChars;
  }

  List<TextBlock> blocks() {
    return blocks;
  }

  ElementText text(Element e) {
    return e == null ? ElementText.NONE : text.getOrDefault(e, ElementText.NONE);
  }

  List<Element> knownBodies() {
    return knownBodies;
  }

  /** Elements named as an article's lead, in document order. */
  List<Element> leads() {
    return leads;
  }

  /** An element on the path from the root, with the text counted in it so far. */
  private static final class Frame {
    final Element element;
    final boolean block;
    int chars;
    int linkChars;
    int proseBlocks;
    int proseChars;

    Frame(Element element, boolean block) {
      this.element = element;
      this.block = block;
    }
  }

  private final class Filter implements NodeFilter {
    private final Element root;
    private final Pruning pruning;
    private final ContentPatterns patterns;
    private final Deque<Frame> path = new ArrayDeque<>();
    private final StringBuilder pending = new StringBuilder();
    private int pendingChars;
    private int pendingLinkChars;
    private int pendingCommas;
    private int linkDepth;
    private int listDepth;

    Filter(Element root, Pruning pruning, ContentPatterns patterns) {
      this.root = root;
      this.pruning = pruning;
      this.patterns = patterns;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        addText(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e != root && pruning.prunes(e, pageChars)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      boolean block = BLOCK_TAGS.contains(e.normalName());
      if (block) {
        flush();
      }
      if (e.normalName().equals("a")) {
        linkDepth++;
      } else if (e.normalName().equals("li")) {
        listDepth++;
      } else if (e.normalName().equals("br")) {
        pending.append(' ');
      }
      if (patterns.isKnownBody(e)) {
        knownBodies.add(e);
      } else if (leads.size() < MAX_LEADS && patterns.isLead(e)) {
        leads.add(e);
      }
      path.push(new Frame(e, block));
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element) || path.isEmpty() || path.peek().element != node) {
        return FilterResult.CONTINUE;
      }
      Frame frame = path.peek();
      if (frame.block) {
        flush();
      }
      path.pop();
      if (frame.element.normalName().equals("a")) {
        linkDepth--;
      } else if (frame.element.normalName().equals("li")) {
        listDepth--;
      }
      if (frame.chars > 0) {
        text.put(frame.element, new ElementText(frame.chars, frame.linkChars, frame.proseBlocks, frame.proseChars));
      }
      Frame parent = path.peek();
      if (parent != null) {
        parent.chars += frame.chars;
        parent.linkChars += frame.linkChars;
        parent.proseBlocks += frame.proseBlocks;
        parent.proseChars += frame.proseChars;
      }
      return FilterResult.CONTINUE;
    }

    private void addText(String s) {
      pending.append(s);
      int chars = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!Whitespace.isSpace(c) && !Whitespace.isInvisible(c)) {
          chars++;
          if (c == ',' || c == '，' || c == '、') {
            pendingCommas++;
          }
        }
      }
      pendingChars += chars;
      if (linkDepth > 0) {
        pendingLinkChars += chars;
      }
    }

    /** Ends the current block: its text belongs to the innermost open block element. */
    private void flush() {
      if (pendingChars > 0) {
        Frame container = null;
        for (Frame f : path) {
          if (f.block || f == path.peekLast()) {
            container = f;
            break;
          }
        }
        if (container != null) {
          blocks.add(new TextBlock(Whitespace.normalize(pending.toString()), container.element, pendingChars,
              pendingLinkChars, pendingCommas));
          Frame top = path.peek();
          top.chars += pendingChars;
          top.linkChars += pendingLinkChars;
          if (pendingChars >= PROSE_CHARS) {
            top.proseBlocks++;
          }
          if (listDepth == 0 && pendingChars >= PARAGRAPH_CHARS
              && pendingLinkChars < PARAGRAPH_LINK_DENSITY * pendingChars) {
            top.proseChars += pendingChars;
          }
        }
      }
      pending.setLength(0);
      pendingChars = 0;
      pendingLinkChars = 0;
      pendingCommas = 0;
    }
  }
}
