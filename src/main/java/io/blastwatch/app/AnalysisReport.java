package io.blastwatch.app;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.blastwatch.ingest.Rejection;
import io.blastwatch.model.Alert;
import io.blastwatch.model.DeadLetter;
import io.blastwatch.model.Incident;
import io.blastwatch.model.WindowCount;

/** The result of {@code analyze}: the JSON document of CONTRACT.md, plus the reasons for rejections. */
@JsonPropertyOrder({"articles", "incidents", "counts", "alerts", "rejections", "deadLetters"})
public record AnalysisReport(ArticleStats articles, List<Incident> incidents, List<WindowCount> counts,
                             List<Alert> alerts, List<Rejection> rejections, List<DeadLetter> deadLetters) {
}
