package io.blastwatch.app;

import io.blastwatch.evaluate.GoldArticle;
import io.blastwatch.evaluate.GoldCorpus;
import io.blastwatch.extract.Extraction;
import io.blastwatch.extract.Gazetteer;
import io.blastwatch.extract.IncidentExtractor;
import io.blastwatch.extract.Sites;
import io.blastwatch.model.Article;
import io.blastwatch.model.IncidentMention;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * A tuning aid, not a test: prints what extraction finds in the named corpus articles (of the development part only:
 * held-out articles are refused, so that tuning never reads them).
 * Run: mvn -B -q -Pexplain test-compile exec:exec -Dexplain.ids="a01 b07"
 */
public final class ExplainArticles {
    public static void main(String[] args) throws Exception {
        Path gold = Path.of("corpus/gold.json");
        GoldCorpus corpus = GoldCorpus.load(gold);
        Set<String> dev = corpus.split(false).articles().stream().map(GoldArticle::id)
                .collect(java.util.stream.Collectors.toSet());
        Gazetteer gazetteer = Gazetteer.load();
        Sites sites = Sites.load(gazetteer);
        IncidentExtractor extractor = new IncidentExtractor(gazetteer, sites,
                IncidentExtractor.DEFAULT_MAX_MENTIONS);
        for (String id : args) {
            if (!dev.contains(id)) {
                System.out.println(id + ": not in the development part, skipped");
                continue;
            }
            GoldArticle a = corpus.articles().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            Article input = EvaluateJob.asInput(a, gold.resolveSibling("texts"));
            Extraction ex = extractor.extract(input, Instant.parse(System.getProperty("explain.now", "2026-11-30T00:00:00Z")));
            System.out.println("== " + id + " published " + input.published() + " (" + input.publishedFrom()
                    + ") gold reports " + a.reports() + " mentions " + a.mentions());
            System.out.println("   reference: " + ex.reference());
            if (Boolean.getBoolean("explain.sentences")) {
                io.blastwatch.extract.SentenceDump.lines(gazetteer, sites, input.text()).forEach(System.out::println);
            }
            for (String note : ex.notes()) {
                System.out.println("   note: " + note);
            }
            for (IncidentMention m : ex.mentions()) {
                System.out.println("   " + m.date() + " " + m.datePrecision() + " [" + m.earliest() + ".." + m.latest()
                        + "] " + m.dateBasis() + (m.weekdays().isEmpty() ? "" : " " + m.weekdays()) + " '" + m.dateText() + "' " + m.kind() + " fac=" + m.facility()
                        + " key=" + m.facilityKey() + " @ " + m.settlement() + " / " + m.region()
                        + " mi=" + m.militaryIndustrial() + " unexpl=" + m.unexplained());
                System.out.println("      " + m.evidence());
            }
        }
    }
}
