package io.blastwatch.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentKind;
import io.blastwatch.model.Source;
import io.blastwatch.model.WindowCount;
import org.junit.jupiter.api.Test;

/**
 * The scoring rules on a small world we made up: eight real incidents, eleven articles, and found incidents that
 * commit every kind of error once, so each figure and each error kind is checked against a number worked out by hand.
 */
class ScorerTest {

    private static final LocalDate FEB_7 = LocalDate.parse("2024-02-07");

    private static GoldIncident gold(String id, String date, DatePrecision precision, String settlement,
                                     String region, String country, IncidentKind kind, boolean military,
                                     boolean unexplained, String... altDates) {
        return new GoldIncident(id, LocalDate.parse(date), precision,
                java.util.Arrays.stream(altDates).map(LocalDate::parse).toList(), null, settlement, region, country,
                kind, military, unexplained, false, "made-up incident " + id);
    }

    private static GoldArticle article(String id, String outlet, String published, String copyOf, List<String> reports,
                                       List<String> mentions) {
        return new GoldArticle(id, "https://example.test/" + id, outlet, "title " + id,
                published == null ? null : LocalDate.parse(published), published == null ? "none" : "date-line",
                "made-up query", copyOf == null ? "report" : "republication", copyOf, reports, mentions, "made up");
    }

    private static Incident found(String id, String date, DatePrecision precision, DateBasis basis, IncidentKind kind,
                                  String settlement, String region, String country, boolean military,
                                  boolean unexplained, int outlets, Source... sources) {
        return new Incident(id, LocalDate.parse(date), precision, basis, kind, null, settlement, region, null, country,
                null, null, military, unexplained, false, null, List.of(), outlets, sources.length, null, null,
                List.of(sources), false);
    }

    private static Source source(String article, String... copies) {
        return new Source(article, "outlet of " + article, null, null, "evidence sentence of " + article, null,
                List.of(copies));
    }

    private static final List<GoldIncident> REAL = List.of(
            gold("ru-2024-02-07-votkinsk", "2024-02-07", DatePrecision.DAY, "Votkinsk", "Udmurtia", "RU",
                    IncidentKind.EXPLOSION, true, true),
            gold("ru-2023-11-10-kotovsk", "2023-11-10", DatePrecision.DAY, "Kotovsk", "Tambov Oblast", "RU",
                    IncidentKind.EXPLOSION, true, true),
            gold("ru-2023-11-14-kotovsk", "2023-11-14", DatePrecision.DAY, "Kotovsk", "Tambov Oblast", "RU",
                    IncidentKind.DRONE_STRIKE, true, false),
            gold("ru-2023-10-solikamsk", "2023-10-01", DatePrecision.MONTH, "Solikamsk", "Perm Krai", "RU",
                    IncidentKind.EXPLOSION, true, true),
            gold("ru-2024-01-12-kirov", "2024-01-12", DatePrecision.DAY, "Kirov", "Kirov Oblast", "RU",
                    IncidentKind.EXPLOSION, false, false, "2024-01-11"),
            gold("ua-2024-02-05-kharkiv", "2024-02-05", DatePrecision.DAY, "Kharkiv", "Kharkiv Oblast", "UA",
                    IncidentKind.SHELLING, false, false),
            gold("by-2023-02-26-machulishchy", "2023-02-26", DatePrecision.DAY, "Machulishchy", "Minsk Region", "BY",
                    IncidentKind.DRONE_STRIKE, false, false),
            gold("ru-2023-12-lesnoy", "2023-12-01", DatePrecision.MONTH, null, "Ryazan Oblast", "RU",
                    IncidentKind.FIRE, true, true));

    private static final List<GoldArticle> ARTICLES = List.of(
            article("a1", "Outlet X", "2024-02-08", null, List.of("ru-2024-02-07-votkinsk"), List.of()),
            article("a2", "Outlet Y", "2024-02-09", null, List.of("ru-2024-02-07-votkinsk"), List.of()),
            article("a3", "Outlet Z", "2024-02-09", "a2", List.of("ru-2024-02-07-votkinsk"), List.of()),
            article("a4", "Outlet P", "2023-11-11", null, List.of("ru-2023-11-10-kotovsk"), List.of()),
            article("a5", "Outlet Q", "2023-11-15", null, List.of("ru-2023-11-14-kotovsk"),
                    List.of("ru-2023-11-10-kotovsk")),
            article("a6", "Outlet R", "2023-11-14", null, List.of("ru-2023-11-14-kotovsk"), List.of()),
            article("a7", "Outlet S", "2024-02-09", null, List.of(), List.of("ru-2023-10-solikamsk")),
            article("a8", "Outlet T", null, null, List.of("ru-2024-01-12-kirov"), List.of()),
            article("a9", "Outlet U", "2024-02-05", null, List.of("ua-2024-02-05-kharkiv"), List.of()),
            article("a10", "Outlet V", "2023-02-27", null, List.of("by-2023-02-26-machulishchy"), List.of()),
            article("a11", "Outlet W", "2023-12-20", null, List.of("ru-2023-12-lesnoy"), List.of()));

    private static final GoldCorpus.Split SPLIT = new GoldCorpus.Split("dev", ARTICLES, REAL);

    private static final List<Incident> FOUND = List.of(
            // right in every respect; a3 is a copy of a2 and adds no outlet
            found("f1", "2024-02-07", DatePrecision.DAY, DateBasis.STATED, IncidentKind.EXPLOSION, "Votkinsk",
                    "Udmurtia", "RU", true, true, 2, source("a1"), source("a2", "a3")),
            // a second record of the same blast, a day later
            found("f1b", "2024-02-08", DatePrecision.DAY, DateBasis.PUBLICATION, IncidentKind.EXPLOSION, "Votkinsk",
                    "Udmurtia", "RU", true, true, 1, source("a1")),
            // the fire of the 10th and the drone strike of the 14th made one; one outlet where there are two
            found("f2", "2023-11-10", DatePrecision.DAY, DateBasis.STATED, IncidentKind.EXPLOSION, "Kotovsk",
                    "Tambov Oblast", "RU", true, true, 1, source("a4"), source("a6")),
            // the right month, the region's capital instead of the town
            found("f4", "2023-10-01", DatePrecision.MONTH, DateBasis.STATED, IncidentKind.EXPLOSION, "Perm",
                    "Perm Krai", "RU", true, true, 1, source("a7")),
            // a gas blast in a flat taken for a plant, in the wrong year
            found("f5", "2025-01-12", DatePrecision.DAY, DateBasis.PUBLICATION, IncidentKind.EXPLOSION, "Kirov",
                    "Kirov Oblast", "RU", true, true, 1, source("a8")),
            // a dateline taken for an incident
            found("f6", "2024-02-05", DatePrecision.DAY, DateBasis.PUBLICATION, IncidentKind.SHELLING, "Moscow",
                    "Moscow", "RU", false, false, 1, source("a9")),
            // a phantom dated after its article, by a wrong year
            found("f7", "2026-04-12", DatePrecision.DAY, DateBasis.PUBLICATION, IncidentKind.EXPLOSION, "Izhevsk",
                    "Udmurtia", "RU", true, true, 1, source("a7")),
            // the right town in the wrong country, and the wrong kind
            found("f8", "2023-02-26", DatePrecision.DAY, DateBasis.PUBLICATION, IncidentKind.EXPLOSION,
                    "Machulishchy", null, "RU", false, false, 1, source("a10")),
            // a region-only report placed at the region's capital
            found("f9", "2023-12-01", DatePrecision.MONTH, DateBasis.STATED, IncidentKind.FIRE, "Ryazan",
                    "Ryazan Oblast", "RU", true, true, 1, source("a11")));

    private static final List<WindowCount> COUNTS = List.of(
            new WindowCount("RU", LocalDate.parse("2023-06-01"), LocalDate.parse("2023-10-01"), 1, List.of("f4")),
            new WindowCount("RU", LocalDate.parse("2023-07-10"), LocalDate.parse("2023-11-10"), 2, List.of("f4", "f2")),
            new WindowCount("RU", LocalDate.parse("2023-10-07"), FEB_7, 2, List.of("f2", "f1")));

    @Test
    void shouldCountEveryKindOfErrorOnceWhereTheWorldHasOne() {
        SplitScore score = Scorer.score(SPLIT, FOUND, COUNTS);

        assertThat(score.errorCounts()).containsEntry(ErrorKind.MISSED, 2) // the drone strike and the shelling
                .containsEntry(ErrorKind.PHANTOM, 2) // the dateline and the guessed year
                .containsEntry(ErrorKind.DUPLICATE, 1)
                .containsEntry(ErrorKind.WRONG_MERGE, 1)
                .containsEntry(ErrorKind.DATE, 1) // Kirov's year; the Votkinsk duplicate is not a primary
                .containsEntry(ErrorKind.PLACE, 2) // Perm for Solikamsk, Ryazan for a region-only report
                .containsEntry(ErrorKind.COUNTRY, 1)
                .containsEntry(ErrorKind.KIND, 1)
                .containsEntry(ErrorKind.MILITARY_INDUSTRIAL, 1)
                .containsEntry(ErrorKind.UNEXPLAINED, 1)
                .containsEntry(ErrorKind.OUTLETS, 1)
                .containsEntry(ErrorKind.AFTER_ARTICLE, 2); // f7 after its article; f5 after the undated one's day
        assertThat(score.errors()).filteredOn(e -> e.kind() == ErrorKind.WRONG_MERGE).singleElement()
                .satisfies(e -> {
                    assertThat(e.found()).isEqualTo("f2");
                    assertThat(e.detail()).contains("ru-2023-11-14-kotovsk");
                });
        assertThat(score.errors()).filteredOn(e -> e.kind() == ErrorKind.PHANTOM).extracting(EvaluationError::found)
                .containsExactlyInAnyOrder("f6", "f7");
        assertThat(score.errors()).filteredOn(e -> e.kind() == ErrorKind.DUPLICATE).extracting(EvaluationError::found)
                .containsExactly("f1b");
        assertThat(score.errors()).filteredOn(e -> e.kind() == ErrorKind.PHANTOM)
                .allSatisfy(e -> assertThat(e.evidence()).startsWith("evidence sentence of"));
    }

    @Test
    void shouldMeasureFiguresOnEachRealIncidentsBestRecord() {
        Figures f = Scorer.score(SPLIT, FOUND, COUNTS).figures();

        assertThat(f.realIncidents()).isEqualTo(8);
        assertThat(f.foundIncidents()).isEqualTo(9);
        assertThat(f.anyKindRecall()).isEqualTo(new Ratio(6, 8));
        assertThat(f.duplicates()).isEqualTo(1);
        assertThat(f.wrongMerges()).isEqualTo(1);
        assertThat(f.phantoms()).isEqualTo(2);
        assertThat(f.datesExact()).isEqualTo(new Ratio(5, 6));
        assertThat(f.placesExact()).isEqualTo(new Ratio(3, 6)); // Votkinsk, Kotovsk, Kirov; not the foreign one
        assertThat(f.wrongCountry()).isEqualTo(1);
        assertThat(f.kindAccuracy()).isEqualTo(new Ratio(5, 6));
        assertThat(f.militaryIndustrialAccuracy()).isEqualTo(new Ratio(5, 6));
        assertThat(f.unexplainedAccuracy()).isEqualTo(new Ratio(5, 6));
        assertThat(f.outletCountsExact()).isEqualTo(new Ratio(5, 6));
        assertThat(f.datedAfterArticle()).isEqualTo(2);
    }

    @Test
    void shouldScoreCountedIncidentsByWhatStandsInTheRollingWindows() {
        Figures f = Scorer.score(SPLIT, FOUND, COUNTS).figures();

        // Real counted: Votkinsk, Kotovsk of the 10th, Solikamsk. Counted by the pipeline: f4, f2, f1.
        assertThat(f.realCounted()).isEqualTo(3);
        assertThat(f.foundCounted()).isEqualTo(3);
        assertThat(f.countedPrecision()).isEqualTo(new Ratio(3, 3));
        assertThat(f.countedRecall()).isEqualTo(new Ratio(3, 3));
        assertThat(f.countedF1()).isEqualTo(1.0);
        assertThat(f.rollingCountsExact()).isEqualTo(new Ratio(3, 3));

        // The duplicate counted too: precision pays for it, and the window of 7 February reads 3 where the truth is 2.
        List<WindowCount> withDuplicate = new ArrayList<>(COUNTS.subList(0, 2));
        withDuplicate.add(new WindowCount("RU", LocalDate.parse("2023-10-07"), FEB_7, 3, List.of("f2", "f1", "f1b")));
        SplitScore doubled = Scorer.score(SPLIT, FOUND, withDuplicate);
        assertThat(doubled.figures().countedPrecision()).isEqualTo(new Ratio(3, 4));
        assertThat(doubled.figures().countedF1()).isCloseTo(6.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(doubled.figures().rollingCountsExact()).isEqualTo(new Ratio(2, 3));
        assertThat(doubled.errors()).filteredOn(e -> e.kind() == ErrorKind.ROLLING_COUNT).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("RU on 2024-02-07: found 3, real 2"));
    }

    @Test
    void shouldFindNothingRightWhenNothingIsFound() {
        SplitScore none = Scorer.score(SPLIT, List.of(), List.of());

        assertThat(none.figures().anyKindRecall()).isEqualTo(new Ratio(0, 8));
        assertThat(none.figures().countedRecall()).isEqualTo(new Ratio(0, 3));
        assertThat(none.figures().countedF1()).isZero();
        assertThat(none.errorCounts()).containsEntry(ErrorKind.MISSED, 8).containsEntry(ErrorKind.ROLLING_COUNT, 3);
    }

    @Test
    void shouldLeaveIncidentsAbroadUnscoredAndCallWhatIsFoundOfThemPhantoms() {
        GoldIncident abroad = gold("us-2025-10-10-bucksnort", "2025-10-10", DatePrecision.DAY, "Bucksnort", null, "US",
                IncidentKind.EXPLOSION, true, true);
        GoldArticle report = article("u1", "Outlet A", "2025-10-11", null, List.of(abroad.id()), List.of());
        // a name collision placed the Tennessee blast in a Russian village
        Incident collision = found("fu", "2025-10-10", DatePrecision.DAY, DateBasis.PUBLICATION,
                IncidentKind.EXPLOSION, "Bucksnort", null, "RU", true, true, 1, source("u1"));

        SplitScore score = Scorer.score(new GoldCorpus.Split("dev", List.of(report), List.of(abroad)),
                List.of(collision), List.of(new WindowCount("RU", LocalDate.parse("2025-06-10"),
                        LocalDate.parse("2025-10-10"), 1, List.of("fu"))));

        assertThat(score.figures().realIncidents()).isZero();
        assertThat(score.figures().realCounted()).isZero();
        assertThat(score.figures().countedPrecision()).isEqualTo(new Ratio(0, 1));
        assertThat(score.errorCounts()).containsEntry(ErrorKind.PHANTOM, 1).containsEntry(ErrorKind.MISSED, 0);
    }

    @Test
    void shouldNotCallAnUnknownYearADateAfterTheArticle() {
        List<Incident> found = new ArrayList<>(FOUND);
        Incident f7 = found.remove(6);
        found.add(new Incident(f7.id(), f7.date(), f7.datePrecision(), DateBasis.YEAR_UNKNOWN, f7.kind(), null,
                f7.settlement(), f7.region(), null, f7.country(), null, null, true, true, false, null, List.of(), 1, 1, null,
                null, f7.sources(), false));

        assertThat(Scorer.score(SPLIT, found, COUNTS).errorCounts()).containsEntry(ErrorKind.AFTER_ARTICLE, 1);
    }

    @Test
    void shouldTakeTheRightMonthAsExactForAnIncidentNamedOnlyInPassing() {
        GoldIncident solikamsk = gold("ru-2023-10-31-solikamsk", "2023-10-31", DatePrecision.DAY, "Solikamsk",
                "Perm Krai", "RU", IncidentKind.EXPLOSION, true, true);
        Incident month = found("fm", "2023-10-01", DatePrecision.MONTH, DateBasis.PUBLICATION, IncidentKind.EXPLOSION,
                "Solikamsk", "Perm Krai", "RU", true, true, 1, source("p1"));
        GoldArticle inPassing = article("p1", "Outlet P", "2024-02-09", null, List.of(), List.of(solikamsk.id()));
        GoldArticle report = article("p1", "Outlet P", "2024-02-09", null, List.of(solikamsk.id()), List.of());

        assertThat(Scorer.score(new GoldCorpus.Split("dev", List.of(inPassing), List.of(solikamsk)), List.of(month),
                List.of()).figures().datesExact()).isEqualTo(new Ratio(1, 1));
        // A report of the incident gives its day: a month is not exact there.
        assertThat(Scorer.score(new GoldCorpus.Split("dev", List.of(report), List.of(solikamsk)), List.of(month),
                List.of()).figures().datesExact()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void shouldClassifyDatesPlacesDuplicatesAndMissedIncidents() {
        SplitScore score = Scorer.score(SPLIT, FOUND, COUNTS);

        assertThat(score.classCounts())
                .containsEntry("DUPLICATE: a day apart, same settlement", 1) // f1b
                .containsEntry("DATE: wrong year", 1) // f5: 12 January, a year late
                .containsEntry("PLACE: another settlement of the region", 1) // f4: Perm for Solikamsk
                .containsEntry("PLACE: a settlement where only the region is known", 1) // f9: Ryazan
                .containsEntry("MISSED: reported by a dated article", 2) // the drone strike and the shelling
                .doesNotContainKey("MISSED: reported only by undated articles");
        // The classes of a kind add up to its errors.
        for (ErrorKind kind : List.of(ErrorKind.DATE, ErrorKind.PLACE, ErrorKind.DUPLICATE, ErrorKind.MISSED)) {
            int sum = score.classCounts().entrySet().stream().filter(e -> e.getKey().startsWith(kind.name() + ":"))
                    .mapToInt(java.util.Map.Entry::getValue).sum();
            assertThat(sum).as(kind.name()).isEqualTo(score.errorCounts().get(kind));
        }
        // The withheld form keeps the classes, which are counts, and drops the lines.
        assertThat(score.withoutErrors().classCounts()).isEqualTo(score.classCounts());
        assertThat(score.withoutErrors().errors()).isEmpty();
    }

    @Test
    void shouldTellHowFarAWrongDateIsOff() {
        GoldIncident night = gold("ru-2024-01-12-kirov", "2024-01-12", DatePrecision.DAY, "Kirov", "Kirov Oblast",
                "RU", IncidentKind.EXPLOSION, false, false, "2024-01-11");
        java.util.function.Function<String, String> classOf = date -> Scorer.dateClass(found("x", date,
                DatePrecision.DAY, DateBasis.PUBLICATION, IncidentKind.EXPLOSION, "Kirov", "Kirov Oblast", "RU",
                false, false, 1, source("a8")), night);

        assertThat(classOf.apply("2024-01-13")).isEqualTo("a day off");
        assertThat(classOf.apply("2024-01-09")).isEqualTo("2 to 7 days off");
        assertThat(classOf.apply("2024-01-25")).isEqualTo("8 to 31 days off");
        assertThat(classOf.apply("2023-01-11")).isEqualTo("wrong year");
        assertThat(classOf.apply("2023-06-11")).isEqualTo("further off");
        assertThat(Scorer.dateClass(found("m", "2024-01-01", DatePrecision.MONTH, DateBasis.PUBLICATION,
                IncidentKind.EXPLOSION, "Kirov", "Kirov Oblast", "RU", false, false, 1, source("a8")), night))
                .isEqualTo("a month where a day is known");
        assertThat(Scorer.dateClass(found("y", "2025-01-12", DatePrecision.DAY, DateBasis.YEAR_UNKNOWN,
                IncidentKind.EXPLOSION, "Kirov", "Kirov Oblast", "RU", false, false, 1, source("a8")), night))
                .isEqualTo("year unknown");
    }

    @Test
    void shouldTakeAnUnknownYearAsExactOnlyWhereNoArticleGivesTheYear() {
        GoldIncident kirov = REAL.get(4); // reported by a8 alone, an article without a date
        GoldCorpus.Split split = new GoldCorpus.Split("dev", List.of(ARTICLES.get(7)), List.of(kirov));
        java.util.function.BiFunction<String, DateBasis, Incident> foundOn = (date, basis) -> found("k", date,
                DatePrecision.DAY, basis, IncidentKind.EXPLOSION, "Kirov", "Kirov Oblast", "RU", false, false, 1,
                source("a8"));
        InputFacts unsupported = new InputFacts(java.util.Set.of(kirov.id()), java.util.Set.of());

        Figures right = Scorer.score(split, List.of(foundOn.apply("2026-01-12", DateBasis.YEAR_UNKNOWN)), List.of(),
                unsupported).figures();
        assertThat(right.datesExact()).isEqualTo(new Ratio(1, 1));
        assertThat(right.yearsLeftUnknown()).isEqualTo(1);
        // An alternative day is as good.
        assertThat(Scorer.score(split, List.of(foundOn.apply("2026-01-11", DateBasis.YEAR_UNKNOWN)), List.of(),
                unsupported).figures().datesExact()).isEqualTo(new Ratio(1, 1));
        // Where an article gives the year, leaving it unknown is wrong.
        assertThat(Scorer.score(split, List.of(foundOn.apply("2026-01-12", DateBasis.YEAR_UNKNOWN)), List.of(),
                InputFacts.NONE).figures().datesExact()).isEqualTo(new Ratio(0, 1));
        // The wrong day, or a placeholder of an undated page, is wrong whatever the articles give.
        assertThat(Scorer.score(split, List.of(foundOn.apply("2026-01-14", DateBasis.YEAR_UNKNOWN)), List.of(),
                unsupported).figures().datesExact()).isEqualTo(new Ratio(0, 1));
        assertThat(Scorer.score(split, List.of(foundOn.apply("2026-01-12", DateBasis.UNDATED)), List.of(),
                unsupported).figures().datesExact()).isEqualTo(new Ratio(0, 1));
        // A year the pipeline claims is held to the real year.
        assertThat(Scorer.score(split, List.of(foundOn.apply("2026-01-12", DateBasis.PUBLICATION)), List.of(),
                unsupported).figures().datesExact()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void shouldFoldTransliterationsAndRegionWords() {
        assertThat(Scorer.fold("Kamensk-Shakhtinskiy")).isEqualTo(Scorer.fold("Kamensk-Shakhtinsky"));
        assertThat(Scorer.regionFold("Ryazan region")).isEqualTo(Scorer.regionFold("Ryazan Oblast"));
        assertThat(Scorer.regionFold("Udmurt Republic")).isNotEqualTo(Scorer.regionFold("Tambov Oblast"));
        assertThat(Scorer.fold("Perm")).isNotEqualTo(Scorer.fold("Solikamsk"));
    }

    @Test
    void shouldSplitTheCorpusSoThatEveryArticleNamingAHeldOutIncidentIsHeldOut() {
        List<GoldIncident> incidents = new ArrayList<>(REAL);
        GoldIncident kotovsk = incidents.get(2);
        incidents.set(2, new GoldIncident(kotovsk.id(), kotovsk.date(), kotovsk.precision(), kotovsk.altDates(),
                kotovsk.facility(), kotovsk.settlement(), kotovsk.region(), kotovsk.country(), kotovsk.kind(),
                kotovsk.militaryIndustrial(), kotovsk.unexplained(), true, kotovsk.note()));
        GoldCorpus corpus = new GoldCorpus(incidents, ARTICLES);

        GoldCorpus.Split held = corpus.split(true);
        GoldCorpus.Split dev = corpus.split(false);
        assertThat(held.articles()).extracting(GoldArticle::id).containsExactly("a5", "a6");
        // a5 names the fire of the 10th in passing: held-out scoring includes it as well
        assertThat(held.incidents()).extracting(GoldIncident::id)
                .containsExactlyInAnyOrder("ru-2023-11-14-kotovsk", "ru-2023-11-10-kotovsk");
        assertThat(dev.articles()).hasSize(9).extracting(GoldArticle::id).doesNotContain("a5", "a6");
        assertThat(dev.incidents()).extracting(GoldIncident::id).doesNotContain("ru-2023-11-14-kotovsk");
        assertThat(corpus.problems()).isEmpty();
        assertThat(new GoldCorpus(REAL, List.of(article("x", "O", null, null, List.of("no-such"), List.of())))
                .problems()).containsExactly("article x names undefined incident no-such");
    }
}
