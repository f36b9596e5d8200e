package io.blastwatch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import io.blastwatch.extract.PlaceMatch.Kind;
import io.blastwatch.extract.PlaceMatch.NamedSettlement;

/**
 * Settlements and regions of Russia, Ukraine and Belarus with their spellings, built by
 * {@code scripts/build-gazetteer.py} from GeoNames (CC BY 4.0) and hand-curated tables. Immutable once loaded, so one
 * instance serves every stream thread.
 */
public final class Gazetteer {

    private static final String RESOURCES = "/io/blastwatch/extract/gazetteer/";
    private static final Map<String, String> COUNTRY_NAMES = Map.of(
            "russia", "RU", "russian federation", "RU", "ukraine", "UA", "belarus", "BY", "belorussia", "BY");

    private final Map<String, Region> regions;
    private final Map<String, Settlement> settlements;
    private final Map<String, List<NamedSettlement>> settlementsByName;
    private final PhraseIndex<List<NamedSettlement>> settlementNames = new PhraseIndex<>();
    private final PhraseIndex<Region> regionNames = new PhraseIndex<>();
    private final PhraseIndex<String> countryNames = new PhraseIndex<>();
    private final Map<String, Region> regionsByName;
    /**
     * The first words of all settlement, region and country names, looked up by the same key: a capitalized word
     * that starts none of them, the common case, costs one lookup instead of one in each index.
     */
    private final Set<String> firstWords;

    private Gazetteer(Map<String, Region> regions, Map<String, Settlement> settlements,
                      Map<String, List<NamedSettlement>> byName, Map<String, Region> byRegionName) {
        this.regions = regions;
        this.settlements = settlements;
        this.regionsByName = Words.copyOf(byRegionName);
        this.settlementsByName = new HashMap<>();
        byName.forEach((name, named) -> settlementsByName.put(name, List.copyOf(named)));
        byName.forEach((name, named) -> settlementNames.add(PhraseIndex.words(name), List.copyOf(named)));
        byRegionName.forEach((name, region) -> regionNames.add(PhraseIndex.words(name), region));
        COUNTRY_NAMES.forEach((name, code) -> countryNames.add(PhraseIndex.words(name), code));
        Set<String> first = new HashSet<>(settlementNames.firstKeys());
        first.addAll(regionNames.firstKeys());
        first.addAll(countryNames.firstKeys());
        this.firstWords = Collections.unmodifiableSet(first);
    }

    /** Loads the gazetteer bundled with the application. */
    public static Gazetteer load() {
        Map<String, Region> regions = new LinkedHashMap<>();
        Map<String, Region> byRegionName = new HashMap<>();
        readLines(RESOURCES + "regions.tsv", false, (header, cols) -> {
            Region region = new Region(col(header, cols, "admin1"), col(header, cols, "country"),
                    col(header, cols, "name"), Double.parseDouble(col(header, cols, "lat")),
                    Double.parseDouble(col(header, cols, "lon")), col(header, cols, "capital"));
            regions.put(region.code(), region);
            byRegionName.put(normalized(region.name()), region);
            for (String variant : col(header, cols, "variants").split("\\|")) {
                if (!variant.isBlank()) {
                    byRegionName.putIfAbsent(normalized(variant), region);
                }
            }
        });
        Map<String, Settlement> settlements = new HashMap<>();
        Map<String, List<NamedSettlement>> byName = new HashMap<>();
        readLines(RESOURCES + "settlements.tsv.gz", true, (header, cols) -> {
            Settlement s = new Settlement(col(header, cols, "id"), col(header, cols, "name"), col(header, cols, "country"),
                    col(header, cols, "admin1"), Double.parseDouble(col(header, cols, "lat")),
                    Double.parseDouble(col(header, cols, "lon")), parseLong(col(header, cols, "population")),
                    col(header, cols, "feature"));
            settlements.put(s.id(), s);
            addName(byName, s.name(), s, true);
            for (String name : col(header, cols, "names").split("\\|")) {
                if (!name.isBlank()) {
                    addName(byName, name, s, false);
                }
            }
        });
        // Spellings the generated table lacks: a resource of their own, so that the table stays as built.
        readLines(RESOURCES + "spellings.tsv", false, (header, cols) -> {
            Settlement s = settlements.get(col(header, cols, "id"));
            if (s == null) {
                throw new IllegalStateException("spellings.tsv names settlement " + col(header, cols, "id")
                        + ", which settlements.tsv.gz lacks");
            }
            for (String name : col(header, cols, "names").split("\\|")) {
                if (!name.isBlank()) {
                    addName(byName, name, s, false);
                }
            }
        });
        addSiteVillages(regions, byRegionName, settlements, byName);
        // Looked up by id now and then, not per token: the compact immutable maps, which spare the small heap.
        return new Gazetteer(Map.copyOf(regions), Map.copyOf(settlements), byName, byRegionName);
    }

    /**
     * Arsenals, depots and ranges lie by villages too small for the generated table ("an ammunition depot in the
     * village of Kotluban"): the town each knowledge-base site names becomes a settlement when its region has none of
     * that name, at the site's coordinates, so that the text's mention of it is a place.
     */
    private static void addSiteVillages(Map<String, Region> regions, Map<String, Region> byRegionName,
                                        Map<String, Settlement> settlements, Map<String, List<NamedSettlement>> byName) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(SITES)) {
            if (in == null) {
                return; // the knowledge base is optional here: Sites.load reports its absence
            }
            for (com.fasterxml.jackson.databind.JsonNode site : io.blastwatch.serde.Json.mapper().readTree(in)
                    .path("sites")) {
                String town = site.path("settlement").asText("");
                Region region = byRegionName.get(normalized(site.path("region").asText("")));
                if (town.isBlank() || region == null || !regions.containsKey(region.code())) {
                    continue;
                }
                boolean known = byName.getOrDefault(normalized(town), List.of()).stream()
                        .anyMatch(n -> n.settlement().regionCode().equals(region.code()));
                if (!known) {
                    Settlement village = new Settlement("kb-" + site.path("id").asText(), town, region.country(),
                            region.code(), site.path("lat").asDouble(), site.path("lon").asDouble(), 0, "PPL");
                    settlements.put(village.id(), village);
                    addName(byName, town, village, true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site knowledge base " + SITES, e);
        }
    }

    private static final String SITES = "sites/sites.json";

    private static void addName(Map<String, List<NamedSettlement>> byName, String name, Settlement s, boolean primary) {
        List<NamedSettlement> named = byName.computeIfAbsent(normalized(name), n -> new ArrayList<>(1));
        for (NamedSettlement existing : named) {
            if (existing.settlement().id().equals(s.id())) {
                return; // the primary name was added first and wins
            }
        }
        named.add(new NamedSettlement(s, primary));
    }

    private static String normalized(String name) {
        return String.join(" ", PhraseIndex.words(name));
    }

    /** Every place name in the tokens, longest first where names overlap; settlements win ties with regions. */
    public List<PlaceMatch> find(String text, List<Token> tokens) {
        List<PlaceMatch> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PlaceMatch match = longestAt(text, tokens, i);
            if (match == null) {
                i++;
            } else {
                found.add(match);
                i = match.endToken();
            }
        }
        return found;
    }

    private PlaceMatch longestAt(String text, List<Token> tokens, int i) {
        // The three indexes compare words as they are folded, so one index's key is the key of all three.
        String key = settlementNames.firstKey(tokens.get(i));
        if (key == null || !firstWords.contains(key)) {
            return null;
        }
        PhraseIndex.Match<List<NamedSettlement>> settlement = settlementNames.longestAt(tokens, i);
        PhraseIndex.Match<Region> region = regionNames.longestAt(tokens, i);
        PhraseIndex.Match<String> country = countryNames.longestAt(tokens, i);
        int settlementEnd = settlement == null ? -1 : settlement.endToken();
        int regionEnd = region == null ? -1 : region.endToken();
        int countryEnd = country == null ? -1 : country.endToken();
        int longest = Math.max(settlementEnd, Math.max(regionEnd, countryEnd));
        if (longest < 0) {
            return null;
        }
        int start = tokens.get(i).start();
        int end = tokens.get(longest - 1).end();
        String words = text.substring(start, end);
        if (countryEnd == longest) {
            return new PlaceMatch(i, longest, start, end, words, Kind.COUNTRY, List.of(), null, country.value());
        }
        if (settlementEnd == longest) {
            return new PlaceMatch(i, longest, start, end, words, Kind.SETTLEMENT, settlement.value(), null, null);
        }
        return new PlaceMatch(i, longest, start, end, words, Kind.REGION, List.of(), region.value(),
                region.value().country());
    }

    /** The region a name or one of its variants calls ("Sverdlovsk region", "Udmurtia"), if any. */
    public Optional<Region> regionNamed(String name) {
        return Optional.ofNullable(regionsByName.get(normalized(name)));
    }

    /** The settlements that bear exactly this name, in any of their spellings. */
    public List<NamedSettlement> named(String name) {
        return settlementsByName.getOrDefault(normalized(name), List.of());
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code == null ? null : regions.get(code));
    }

    public Optional<Settlement> settlement(String id) {
        return Optional.ofNullable(id == null ? null : settlements.get(id));
    }

    /** Every settlement, in no particular order. */
    public java.util.Collection<Settlement> settlements() {
        return settlements.values();
    }

    public int settlementCount() {
        return settlements.size();
    }

    public int regionCount() {
        return regions.size();
    }

    private interface RowHandler {
        void row(String[] header, String[] cols);
    }

    private static void readLines(String resource, boolean gzip, RowHandler handler) {
        try (InputStream raw = Gazetteer.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("gazetteer resource " + resource + " is missing from the classpath");
            }
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (header == null) {
                    header = cols;
                } else {
                    handler.row(header, cols);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
    }

    private static String col(String[] header, String[] cols, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i < cols.length ? cols[i] : "";
            }
        }
        throw new IllegalStateException("gazetteer column " + name + " is missing");
    }

    private static long parseLong(String value) {
        return value.isBlank() ? 0 : Long.parseLong(value);
    }
}
