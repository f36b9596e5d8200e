package io.blastwatch.bench;

/** A generated article as it goes on {@code articles-raw}: its key, its JSON and its publication time. */
record GeneratedArticle(String id, byte[] json, long timestamp) {
}
