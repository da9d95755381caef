package verbatim.server;

/** The OpenAPI 3.1 description of the JSON API, served at {@code /openapi.json}. */
final class OpenApi {
  private OpenApi() {}

  static String document() {
    return """
        {
          "openapi": "3.1.0",
          "info": {"title": "verbatim", "version": "0.1.0",
            "description": "Who said what, when: search, quotes, people, remarks and trends over a verbatim archive. Errors are problem JSON (RFC 9457) with title, status and detail."},
          "paths": {
            "/api/search": {"get": {"summary": "Documents matching words, with snippets and facets",
              "parameters": [%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s],
              "responses": {"200": {"description": "SearchResult: total, hits, facets"}, "400": {"description": "problem JSON"}}}},
            "/api/documents/{id}": {"get": {"summary": "One stored document: its ingestion record and its analysis",
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9a-f]{16}$"}}],
              "responses": {"200": {"description": "{ingestion, analysis}"}, "404": {"description": "problem JSON"}}}},
            "/api/documents": {"post": {"summary": "Analyse and store the page in the body (write token required)",
              "security": [{"bearer": []}],
              "parameters": [{"name": "url", "in": "query", "schema": {"type": "string"}}, {"name": "issuer", "in": "query", "schema": {"type": "string"}}],
              "requestBody": {"required": true, "content": {"text/html": {}, "text/plain": {}}},
              "responses": {"201": {"description": "IngestResult"}, "200": {"description": "IngestResult, already stored"},
                "401": {"description": "no or wrong token"}, "403": {"description": "read-only server"}, "413": {"description": "body too large"}, "422": {"description": "not a document"}}}},
            "/api/quotes": {"get": {"summary": "Quotes by speaker, subject, date and words", "parameters": [%s, %s, %s, %s, %s, %s, %s, %s],
              "responses": {"200": {"description": "QuoteResult: total, hits"}}}},
            "/api/people": {"get": {"summary": "People across documents", "parameters": [%s, %s], "responses": {"200": {"description": "Person[]"}}}},
            "/api/remarks": {"get": {"summary": "Reports of one utterance grouped", "parameters": [%s, %s, %s, %s, %s, %s, %s],
              "responses": {"200": {"description": "RemarkResult"}}}},
            "/api/phrase": {"get": {"summary": "First use of a phrase since a day, earlier uses, timeline, variants, counts",
              "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string"}}, %s, %s, %s, %s, %s, %s,
                {"name": "exact", "in": "query", "schema": {"type": "boolean"}}, {"name": "by", "in": "query", "schema": {"type": "string", "enum": ["week", "month", "year"]}}, %s, %s],
              "responses": {"200": {"description": "PhraseResult: phrase, variants, first, uses, earlier, timeline, bySource, byIssuer, bySpeaker"}, "400": {"description": "problem JSON"}}}},
            "/api/diff": {"get": {"summary": "Two stored documents compared: sentences aligned, word changes, phrases dropped and added",
              "parameters": [{"name": "a", "in": "query", "required": true, "schema": {"type": "string"}}, {"name": "b", "in": "query", "required": true, "schema": {"type": "string"}}],
              "responses": {"200": {"description": "Comparison"}, "404": {"description": "problem JSON"}}}},
            "/api/trends": {"get": {"summary": "Phrases that rose against the period before", "parameters": [%s, %s, %s, %s, %s],
              "responses": {"200": {"description": "TrendResult"}}}}
          },
          "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}
        }
        """.formatted(
            p("q", "string"), p("from", "date"), p("to", "date"), p("source", "string"), p("kind", "string"), p("lang", "string"),
            p("speaker", "string"), p("entity", "string"), p("order", "string"), p("offset", "integer"), p("limit", "integer"),
            p("speaker", "string"), p("about", "string"), p("from", "date"), p("to", "date"), p("q", "string"), p("order", "string"),
            p("offset", "integer"), p("limit", "integer"),
            p("name", "string"), p("limit", "integer"),
            p("speaker", "string"), p("from", "date"), p("to", "date"), p("window", "integer"), p("similarity", "number"),
            p("offset", "integer"), p("limit", "integer"),
            p("since", "date"), p("until", "date"), p("kind", "string"), p("issuer", "string"), p("speaker", "string"), p("source", "string"),
            p("offset", "integer"), p("limit", "integer"),
            p("from", "date"), p("to", "date"), p("source", "string"), p("speaker", "string"), p("limit", "integer"));
  }

  private static String p(String name, String type) {
    String schema = type.equals("date") ? "{\"type\": \"string\", \"format\": \"date\"}" : "{\"type\": \"" + type + "\"}";
    return "{\"name\": \"" + name + "\", \"in\": \"query\", \"schema\": " + schema + "}";
  }
}
