package io.blastwatch.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import io.blastwatch.extract.Gazetteer;
import io.blastwatch.extract.Region;
import io.blastwatch.extract.Settlement;
import io.blastwatch.model.Article;
import io.blastwatch.model.PublicationSource;

/**
 * Writes realistic news articles about a simulated world of incidents, the same ones for the same seed: about 3 KB
 * each, a main incident and often a list of earlier ones, every outlet with its own date format and wording, with
 * teasers, appeals and background paragraphs around them, and some articles copied by a second site.
 */
public final class ArticleGenerator {

    /** One simulated incident. */
    record Event(LocalDate date, Settlement site, Region region, String facility, String kind, boolean military,
                 boolean attack) {
    }

    private static final String[] PRODUCTS = {"Gunpowder", "Ammunition", "Tank Repair", "Missile", "Machine-Building",
            "Explosives", "Artillery Shell", "Propellant"};
    private static final String[] CIVILIAN = {"oil refinery", "apartment block", "shopping centre", "grain terminal"};
    private static final String[] OUTLET_WORDS = {"Herald", "Courier", "Ledger", "Dispatch", "Review", "Monitor",
            "Wire", "Observer", "Bulletin", "Gazette"};
    private static final String[] OUTLET_PLACES = {"Baltic", "Eastern", "Steppe", "Dnipro", "Volga", "Northern",
            "Continental", "Black Sea", "Frontier", "Riverside"};
    private static final String[] BACKGROUND = {
        "Economists expect the defence budget to grow again next year, squeezing spending on schools and roads.",
        "The region's governor has repeatedly asked residents not to film industrial sites and share the videos.",
        "Independent journalists say access to factory towns has become much harder since the start of the war.",
        "Several plants have advertised for night-shift workers, offering bonuses well above the regional average.",
        "Western officials have long argued that sanctions slow the delivery of machine tools to arms makers.",
        "Local channels reported long queues of trucks outside the factory gates in recent weeks.",
        "Analysts caution that official statements about industrial accidents are rarely complete.",
        "Insurance data on workplace accidents in the sector has not been published for two years.",
        "Residents of nearby villages say the sirens are tested every month and rarely explained.",
        "The ministry has promised an inquiry into safety rules at hazardous production sites.",
        "Trade unions have complained about overtime and the use of untrained staff on production lines.",
        "Satellite images published by researchers show new storage buildings at several plants.",
    };

    private final Random random;
    private final String idPrefix;
    /** Towns of each country of the world, and the country weights (percent) in the order of {@link #countries}. */
    private final List<List<Settlement>> towns = new ArrayList<>();
    private final List<String> countries;
    private final double incidentsPerDay;
    /** Incidents a day of the world unless told otherwise. */
    public static final double INCIDENTS_PER_DAY = 3;
    /** Explosions at military-industrial plants, percent of the incidents, unless told otherwise. */
    public static final int PLANT_EXPLOSION_PERCENT = 10;
    private final int plantExplosionPercent;
    private final int[] weights;
    private final Gazetteer gazetteer;
    private final List<Event> events = new ArrayList<>();
    private final LocalDate end;
    private final List<String> outlets = new ArrayList<>();

    /** A world of Russian incidents ending with 2025. */
    public ArticleGenerator(long seed, Gazetteer gazetteer) {
        this(seed, gazetteer, LocalDate.of(2025, 12, 31));
    }

    /** A world of Russian incidents whose last incident falls on or before {@code end}. */
    public ArticleGenerator(long seed, Gazetteer gazetteer, LocalDate end) {
        this(seed, gazetteer, end, Map.of("RU", 100));
    }

    /**
     * A world whose last incident falls on or before {@code end}, in several countries: each incident's country is
     * drawn with the given weights (percent), so that each country has its own rolling counts and alert episodes.
     */
    public ArticleGenerator(long seed, Gazetteer gazetteer, LocalDate end, Map<String, Integer> countryWeights) {
        this(seed, gazetteer, end, countryWeights, INCIDENTS_PER_DAY);
    }

    /**
     * As above, with {@code incidentsPerDay} incidents a day in the whole world: fewer a day make a sparser world,
     * whose countries' counts rise to the alert threshold and fall below it again, where a dense one keeps every
     * country above it for the whole period, one long episode each.
     */
    public ArticleGenerator(long seed, Gazetteer gazetteer, LocalDate end, Map<String, Integer> countryWeights,
                            double incidentsPerDay) {
        this(seed, gazetteer, end, countryWeights, incidentsPerDay, PLANT_EXPLOSION_PERCENT);
    }

    /**
     * As above, with {@code plantExplosionPercent} of the incidents explosions at military-industrial plants (a
     * quarter of which are later claimed as attacks), taken from the fires and the explosions at civilian sites. A
     * world where they are common yields many alert episodes in a short run.
     */
    public ArticleGenerator(long seed, Gazetteer gazetteer, LocalDate end, Map<String, Integer> countryWeights,
                            double incidentsPerDay, int plantExplosionPercent) {
        if (plantExplosionPercent < 0 || plantExplosionPercent > 45) {
            throw new IllegalArgumentException("plant explosions take 0 to 45 % of the incidents, not "
                    + plantExplosionPercent);
        }
        this.plantExplosionPercent = plantExplosionPercent;
        if (!(incidentsPerDay > 0)) {
            throw new IllegalArgumentException("incidents per day must be positive, not " + incidentsPerDay);
        }
        this.incidentsPerDay = incidentsPerDay;
        this.random = new Random(seed);
        this.end = end;
        this.idPrefix = "g" + seed + "-";
        this.gazetteer = gazetteer;
        this.countries = countryWeights.keySet().stream().sorted().toList();
        this.weights = countries.stream().mapToInt(countryWeights::get).toArray();
        for (String country : countries) {
            List<Settlement> ofCountry = gazetteer.settlements().stream()
                    .filter(s -> s.country().equals(country) && s.population() >= 40_000 && s.feature().startsWith("PPL")
                            && s.name().matches("[A-Za-z -]+"))
                    .sorted(Comparator.comparing(Settlement::id))
                    .toList();
            if (ofCountry.isEmpty()) {
                throw new IllegalArgumentException("no town of 40,000 people in the gazetteer for country " + country);
            }
            towns.add(ofCountry);
        }
        for (String place : OUTLET_PLACES) {
            for (String word : OUTLET_WORDS) {
                outlets.add(place + " " + word);
            }
        }
    }

    /** {@code count} articles in publication order, about a world of {@code count / 8 + 10} incidents. */
    public List<Article> generate(int count) {
        List<Article> articles = new ArrayList<>(count);
        generate(count, articles::add);
        articles.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
        return articles;
    }

    /**
     * Hands {@code count} articles to the sink one by one, without holding them: nearly in publication order, as
     * the reports of each incident follow it in the days after, so a benchmark can stream a hundred thousand.
     */
    public void generate(int count, Consumer<Article> sink) {
        simulate(count / 8 + 10);
        int produced = 0;
        for (int i = 0; produced < count; i++) {
            Event main = events.get((int) ((long) produced * events.size() / count));
            Article article = article(idPrefix + i, main);
            sink.accept(article);
            produced++;
            if (random.nextInt(100) < 3 && produced < count) {
                sink.accept(copy(article, idPrefix + i + "-copy"));
                produced++;
            }
        }
    }

    /**
     * A world of incidents in the mix of a country at war: mostly drone strikes and shelling, then fires, explosions
     * at civilian sites and, rarest, explosions at military-industrial plants, some of them claimed later. Three
     * incidents a day unless told otherwise, over at least half a year.
     */
    private void simulate(int incidents) {
        events.clear();
        int days = days(incidents, incidentsPerDay);
        LocalDate start = end.minusDays(days);
        int total = java.util.Arrays.stream(weights).sum();
        for (int i = 0; i < incidents; i++) {
            List<Settlement> ofCountry = towns.get(country(random.nextInt(total)));
            Settlement town = ofCountry.get(random.nextInt(ofCountry.size()));
            Region region = gazetteer.region(town.regionCode()).orElseThrow();
            int roll = random.nextInt(100);
            // The top rolls are plant explosions; below them, fires and then civilian explosions share what is left.
            boolean plantExplosion = roll >= 100 - plantExplosionPercent;
            String kind = roll < 35 ? "drone" : roll < 55 ? "shelling" : plantExplosion || roll >= 75 ? "explosion"
                    : "fire";
            boolean military = kind.equals("explosion") ? plantExplosion : random.nextInt(100) < 40;
            String facility = military ? town.name() + " " + PRODUCTS[random.nextInt(PRODUCTS.length)] + " Plant"
                    : CIVILIAN[random.nextInt(CIVILIAN.length)];
            boolean attack = kind.equals("drone") || kind.equals("shelling") || random.nextInt(100) < 25;
            events.add(new Event(start.plusDays(random.nextInt(days)), town, region, facility, kind, military, attack));
        }
        events.sort(Comparator.comparing(Event::date));
    }

    /** How many days the incidents of a world of this many articles span (see {@link #simulate}). */
    public static int spanDays(int articles, double incidentsPerDay) {
        return days(articles / 8 + 10, incidentsPerDay);
    }

    public static int spanDays(int articles) {
        return spanDays(articles, INCIDENTS_PER_DAY);
    }

    private static int days(int incidents, double incidentsPerDay) {
        return Math.max(180, (int) (incidents / incidentsPerDay));
    }

    private int country(int roll) {
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private Article article(String id, Event main) {
        LocalDate published = main.date().plusDays(random.nextInt(4));
        Instant at = published.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(6 * 3600 + random.nextInt(14 * 3600));
        String outlet = outlets.get(random.nextInt(outlets.size()));
        StringBuilder text = new StringBuilder();
        text.append(lead(main, published)).append("\n\n");
        text.append(cause(main)).append(' ').append(sentence()).append("\n\n");
        text.append("Read also: ").append(teaser()).append("\n\n");
        String background = background(main);
        if (!background.isEmpty()) {
            text.append(background).append("\n\n");
        }
        while (text.length() < 2900) {
            text.append(sentence()).append(' ').append(sentence()).append("\n\n");
        }
        text.append("Support independent reporting from the region with a donation today.\n");
        String title = capitalize(main.kind().equals("drone") ? "drone attack" : main.kind()) + " at "
                + main.facility() + " in " + main.site().name();
        return new Article(id, "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + id, outlet,
                title, at.toString(), PublicationSource.FIELD, "en", text.toString());
    }

    private String lead(Event e, LocalDate published) {
        String when = date(e.date(), published);
        String where = switch (random.nextInt(3)) {
            case 0 -> "at the " + e.facility() + " in " + e.site().name() + ", " + e.region().name();
            case 1 -> "at the " + e.facility() + " near " + e.site().name();
            default -> "at a site of the " + e.facility() + " in " + e.region().name();
        };
        return switch (e.kind()) {
            case "explosion" -> "A powerful explosion hit " + (e.military() ? "the production area " : "") + where + " " + when
                    + ", residents told local channels.";
            case "fire" -> "A large fire broke out " + where + " " + when + " and burned for several hours.";
            case "drone" -> attackers(e) + " drones struck the " + e.facility() + " in " + e.site().name() + " " + when
                    + ", setting off a fire, the regional governor said.";
            default -> "Artillery shelled the outskirts of " + e.site().name() + " " + when
                    + ", damaging a warehouse, officials said.";
        };
    }

    /** Who attacks a site of this country in the simulated war. */
    private static String attackers(Event e) {
        return e.site().country().equals("RU") ? "Ukrainian" : "Russian";
    }

    private static String intelligence(Event e) {
        return e.site().country().equals("RU") ? "Ukraine's military intelligence" : "Russia's defence ministry";
    }

    private String cause(Event e) {
        if (e.attack()) {
            return e.kind().equals("explosion")
                    ? intelligence(e) + " later claimed that its drones caused the explosion."
                    : "The attack was claimed by " + attackers(e) + " forces.";
        }
        return switch (random.nextInt(3)) {
            case 0 -> "Officials gave no cause for the blast.";
            case 1 -> "Regional authorities said the incident was caused by planned testing of equipment.";
            default -> "It is unlikely that drones were involved, given the distance from the front line.";
        };
    }

    /** Earlier incidents of the same kind of site within four months, listed the way outlets list them. */
    private String background(Event main) {
        List<Event> earlier = events.stream()
                .filter(e -> e.date().isBefore(main.date()) && e.date().isAfter(main.date().minusMonths(4))
                        && e.military() && e.kind().equals("explosion") && e != main)
                .toList();
        if (earlier.isEmpty() || random.nextInt(100) < 40) {
            return "";
        }
        int n = Math.min(earlier.size(), 1 + random.nextInt(4));
        StringBuilder list = new StringBuilder("Previous unexplained explosions at military-industrial sites include ");
        for (int i = 0; i < n; i++) {
            Event e = earlier.get(earlier.size() - 1 - i);
            if (i > 0) {
                list.append(i == n - 1 ? " and " : ", ");
            }
            list.append("the ").append(e.facility()).append(" in ").append(e.site().name()).append(" on ")
                    .append(e.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        }
        return list.append('.').toString();
    }

    /** The incident's date as one of many outlets would write it, seen from the publication date. */
    private String date(LocalDate day, LocalDate published) {
        long daysBefore = published.toEpochDay() - day.toEpochDay();
        return switch (random.nextInt(6)) {
            case 0 -> "on " + day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            case 1 -> "on " + day.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
            case 2 -> "on " + day.format(DateTimeFormatter.ofPattern("MMM. d", Locale.ENGLISH)).replace("May.", "May");
            case 3 -> "on " + day.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
            case 4 -> daysBefore == 1 ? "yesterday" : daysBefore == 0 ? "on " + weekday(day)
                    : "on " + day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            default -> "on " + weekday(day) + ", " + day.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
        };
    }

    private static String weekday(LocalDate day) {
        DayOfWeek w = day.getDayOfWeek();
        return w.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private String teaser() {
        Event other = events.get(random.nextInt(events.size()));
        return "Explosions reported near " + other.site().name() + " as air defences go into action";
    }

    private String sentence() {
        return BACKGROUND[random.nextInt(BACKGROUND.length)];
    }

    private Article copy(Article original, String id) {
        String outlet = outlets.get(random.nextInt(outlets.size()));
        Instant later = Instant.parse(original.published()).plusSeconds(3600 + random.nextInt(6 * 3600));
        return new Article(id, "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + id,
                outlet, original.title(), later.toString(), PublicationSource.FIELD, "en",
                original.text() + "\nRepublished with permission.\n");
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
