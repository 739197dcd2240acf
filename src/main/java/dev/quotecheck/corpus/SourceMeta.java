package dev.quotecheck.corpus;

/** Date, outlet and URL that a file (or a record) gives for its words; any may be null. */
record SourceMeta(String date, String source, String url) {
  static final SourceMeta NONE = new SourceMeta(null, null, null);
}
