package io.blastwatch.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.blastwatch.serde.Json;

/**
 * The gold file of the real-news corpus: the incidents and the articles that name them. Loading refuses a file that
 * breaks the rules every score depends on (unique ids, named incidents defined), with the first few reasons.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldCorpus(List<GoldIncident> incidents, List<GoldArticle> articles) {

    public GoldCorpus {
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public static GoldCorpus load(Path file) throws IOException {
        GoldCorpus corpus;
        try {
            corpus = Json.mapper().readValue(Files.readAllBytes(file), GoldCorpus.class);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no gold file at " + file
                    + " (run from the project folder, or pass --gold FILE)");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not a gold file: " + e.getOriginalMessage());
        }
        List<String> problems = corpus.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + ", first: " + String.join("; ",
                    problems.subList(0, Math.min(3, problems.size()))));
        }
        return corpus;
    }

    /** What makes the file unusable for scoring; scripts/check-corpus.py checks the finer annotation rules. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, GoldIncident> byId = new LinkedHashMap<>();
        for (GoldIncident i : incidents) {
            if (i.id() == null || i.date() == null || i.precision() == null || i.kind() == null || i.country() == null) {
                problems.add("incident " + i.id() + " lacks an id, date, precision, kind or country");
            } else if (byId.put(i.id(), i) != null) {
                problems.add("incident " + i.id() + " is defined twice");
            }
        }
        Map<String, GoldArticle> articleIds = new LinkedHashMap<>();
        for (GoldArticle a : articles) {
            if (a.id() == null || a.outlet() == null) {
                problems.add("article " + a.id() + " lacks an id or outlet");
            } else if (articleIds.put(a.id(), a) != null) {
                problems.add("article " + a.id() + " is defined twice");
            }
            for (String named : a.named()) {
                if (!byId.containsKey(named)) {
                    problems.add("article " + a.id() + " names undefined incident " + named);
                }
            }
        }
        return problems;
    }

    public Map<String, GoldIncident> incidentsById() {
        Map<String, GoldIncident> byId = new LinkedHashMap<>();
        incidents.forEach(i -> byId.put(i.id(), i));
        return byId;
    }

    /**
     * The held-out part (every article that names a held-out incident) or the development part (every other
     * article), each with every incident its articles name.
     */
    public Split split(boolean heldOut) {
        Map<String, GoldIncident> all = incidentsById();
        List<GoldArticle> chosen = articles.stream()
                .filter(a -> a.named().stream().anyMatch(id -> all.get(id).heldOut()) == heldOut)
                .toList();
        Map<String, GoldIncident> named = new LinkedHashMap<>();
        chosen.forEach(a -> a.named().forEach(id -> named.put(id, all.get(id))));
        return new Split(heldOut ? "held-out" : "dev", chosen, List.copyOf(named.values()));
    }

    /** A part of the corpus that is run and scored on its own. */
    public record Split(String name, List<GoldArticle> articles, List<GoldIncident> incidents) {

        public Split restrictedTo(java.util.Set<String> articleIds) {
            List<GoldArticle> kept = articles.stream().filter(a -> articleIds.contains(a.id())).toList();
            Map<String, GoldIncident> byId = new LinkedHashMap<>();
            incidents.forEach(i -> byId.put(i.id(), i));
            Map<String, GoldIncident> named = new LinkedHashMap<>();
            kept.forEach(a -> a.named().forEach(id -> named.put(id, byId.get(id))));
            return new Split(name, kept, List.copyOf(named.values()));
        }
    }
}
