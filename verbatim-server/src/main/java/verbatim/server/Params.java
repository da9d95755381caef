package verbatim.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import verbatim.index.Order;
import verbatim.index.Page;

/** Query parameters read with limits, so a bad or huge value is a 400 naming the parameter. */
final class Params {
  static final int MAX_TEXT = 500;
  static final int MAX_VALUES = 20;
  static final int MAX_LIMIT = 100;

  private Params() {}

  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw ApiProblem.badRequest("'" + name + "' is longer than " + MAX_TEXT + " characters");
    }
    return v.strip();
  }

  static String required(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      throw ApiProblem.badRequest("'" + name + "' is required");
    }
    return v;
  }

  static List<String> all(Context ctx, String name) {
    List<String> values = ctx.queryParams(name).stream().filter(v -> !v.isBlank()).toList();
    if (values.size() > MAX_VALUES) {
      throw ApiProblem.badRequest("more than " + MAX_VALUES + " values of '" + name + "'");
    }
    for (String v : values) {
      if (v.length() > MAX_TEXT) {
        throw ApiProblem.badRequest("a value of '" + name + "' is longer than " + MAX_TEXT + " characters");
      }
    }
    return values;
  }

  static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("'" + name + "' is not a date like 2025-01-20: " + v);
    }
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiProblem.badRequest("'" + name + "' must be between " + min + " and " + max + ", was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("'" + name + "' is not a whole number: " + v);
    }
  }

  static Page page(Context ctx) {
    return new Page(integer(ctx, "offset", 0, 0, 100_000), integer(ctx, "limit", 20, 1, MAX_LIMIT));
  }

  static Order order(Context ctx) {
    String v = text(ctx, "order");
    if (v == null) {
      return Order.RELEVANCE;
    }
    try {
      return Order.valueOf(v.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("'order' is one of relevance, newest, oldest; was " + v);
    }
  }
}
