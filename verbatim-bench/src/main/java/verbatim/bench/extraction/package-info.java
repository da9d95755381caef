/**
 * Main-content extraction evaluated on the shared annotated pages: our extractor beside
 * boilerpipe and Readability4J, on the same pages in one run, with each dataset's own metric
 * re-implemented from its README.
 */
package verbatim.bench.extraction;
