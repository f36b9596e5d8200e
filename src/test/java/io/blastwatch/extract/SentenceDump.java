package io.blastwatch.extract;

import java.util.ArrayList;
import java.util.List;

/** A tuning aid for ExplainArticles: what the sentence reader sees in each sentence of a text. */
public final class SentenceDump {
    private SentenceDump() {
    }

    public static List<String> lines(Gazetteer gazetteer, Sites sites, String articleText) {
        SentenceReader reader = new SentenceReader(gazetteer, sites);
        ArticleText body = ArticleText.of(articleText);
        List<String> lines = new ArrayList<>();
        for (Sentence sentence : body.sentences()) {
            SentenceFacts s = reader.read(body.text(), sentence);
            String text = sentence.text();
            lines.add(String.format("   #%d b%d kind=%s%s%s%s dates=%s incident=%s places=%s fac=%s sites=%s | %s",
                    sentence.index(), s.block(), s.kind(), s.weakTrigger() ? " weak" : "",
                    s.background() ? " background" : "", s.anaphoric() ? " anaphoric" : "",
                    s.dates().stream().map(DateExpression::text).toList(),
                    s.incidentDates().stream().map(DateExpression::text).toList(),
                    s.places().stream().map(p -> p.text()).toList(),
                    s.facilities().stream().map(f -> f.name()).toList(),
                    s.sites().size(), text.length() > 140 ? text.substring(0, 140) + "…" : text));
        }
        return lines;
    }
}
