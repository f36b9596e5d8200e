package io.blastwatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.blastwatch.model.Article;
import io.blastwatch.model.Incident;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.testing.TestArticles;
import org.junit.jupiter.api.Test;

class DeduplicationTopologyTest {

    private static List<Article> allArticles() {
        List<Article> all = new ArrayList<>(TestArticles.read(TestArticles.examplesDir()));
        all.addAll(TestArticles.read(TestArticles.seedsDir()));
        return all;
    }

    @Test
    void shouldGiveIdenticalIncidentsAndIdsForEveryArrivalOrder() {
        List<Article> articles = allArticles();
        Map<String, Incident> reference = run(articles);
        assertThat(reference).isNotEmpty();
        for (long seed = 1; seed <= 25; seed++) {
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(run(shuffled)).as("arrival order of seed %d", seed).isEqualTo(reference);
        }
    }

    @Test
    void shouldChangeNothingWhenTheSameArticlesArriveAgain() {
        List<Article> articles = allArticles();
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.sendAll(articles);
            Map<String, Incident> before = new TreeMap<>(pipeline.incidents());
            int alertsBefore = pipeline.alertLog().size();
            var countsBefore = new TreeMap<>(pipeline.counts());
            long incidentRecordsBefore = pipeline.incidentRecords();

            pipeline.sendAll(articles);

            assertThat(pipeline.incidents()).isEqualTo(before);
            assertThat(pipeline.incidentRecords()).as("no incident sent again").isEqualTo(incidentRecordsBefore);
            assertThat(pipeline.counts()).isEqualTo(countsBefore);
            assertThat(pipeline.alertLog()).as("no alert repeated").hasSize(alertsBefore);
        }
    }

    @Test
    void shouldCountASyndicatedCopyAsOneSourceNotTwoOutlets() {
        Article original = TestArticles.article("orig-1", "Volga Courier", "2024-02-08T09:00:00Z",
                "An explosion rocked the gunpowder plant in Kotovsk, Tambov Oblast, on 7 February 2024, local "
                        + "residents said. The cause of the blast at the arms factory has not been explained. Regional "
                        + "officials gave no figures for damage and said production had not stopped.");
        Article copy = TestArticles.article("copy-1", "Steppe Wire", "2024-02-08T13:30:00Z",
                original.text() + "\n\nRead also: Unrelated weather news from the region");
        Article independent = TestArticles.article("indep-1", "Tambov Today", "2024-02-09",
                "Residents of Kotovsk heard a powerful blast at the local gunpowder plant on Wednesday, 7 February. "
                        + "Nobody has explained what caused the explosion.");
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(original).send(copy).send(independent);

            assertThat(pipeline.incidents()).hasSize(1);
            Incident kotovsk = pipeline.incidents().values().iterator().next();
            assertThat(kotovsk.outlets()).isEqualTo(2);
            assertThat(kotovsk.mentions()).isEqualTo(2);
            assertThat(kotovsk.sources()).extracting(s -> s.articleId()).containsExactly("orig-1", "indep-1");
            assertThat(kotovsk.sources().get(0).syndicatedCopies()).containsExactly("copy-1");
        }
    }

    @Test
    void shouldRetractWhatAnEditedArticleNoLongerReports() {
        Article first = TestArticles.article("edit-1", "Perm Herald", "2023-11-02",
                "An unexplained explosion hit the gunpowder plant in Solikamsk on 31 October 2023. "
                        + "A second blast was reported at the Chelyabinsk tank plant on 30 October 2023.");
        Article edited = TestArticles.article("edit-1", "Perm Herald", "2023-11-02",
                "An unexplained explosion hit the gunpowder plant in Solikamsk on 31 October 2023. "
                        + "Correction: an earlier version wrongly reported a blast in Chelyabinsk.");
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(first);
            assertThat(pipeline.incidents().values()).extracting(Incident::regionCode)
                    .containsExactlyInAnyOrder("RU.90", "RU.13");

            pipeline.send(edited);

            assertThat(pipeline.incidents().values()).extracting(Incident::regionCode).containsExactly("RU.90");
        }
    }

    /**
     * An edit that moves a report to another day must move it in the month index that deduplication keeps in memory
     * too: the reports of the new day find it there, those of the old day no longer do. The incidents must be those a
     * fresh pipeline makes from the final texts alone.
     */
    @Test
    void shouldRegroupAReportWhoseEditMovedItToAnotherDay() {
        Article early = TestArticles.article("move-1", "Volga Courier", "2024-03-13",
                "An explosion rocked the gunpowder plant in Kotovsk, Tambov Oblast, on 5 March 2024, and nobody has "
                        + "explained what caused it.");
        Article earlyAgain = TestArticles.article("move-2", "Tambov Today", "2024-03-13",
                "Residents of Kotovsk heard a blast at the gunpowder plant on 5 March 2024; its cause is unknown.");
        Article movedDay = TestArticles.article("move-1", "Volga Courier", "2024-03-13",
                "An explosion rocked the gunpowder plant in Kotovsk, Tambov Oblast, on 12 March 2024, and nobody has "
                        + "explained what caused it.");
        Article lateToo = TestArticles.article("move-3", "Steppe Wire", "2024-03-14",
                "A second unexplained explosion hit the Kotovsk gunpowder plant on 12 March 2024, witnesses said.");
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(early).send(earlyAgain);
            assertThat(pipeline.incidents()).hasSize(1);

            pipeline.send(movedDay).send(lateToo);

            assertThat(pipeline.incidents().values()).extracting(i -> i.date().toString(), Incident::mentions)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("2024-03-05", 1),
                            org.assertj.core.groups.Tuple.tuple("2024-03-12", 2));
            assertThat(pipeline.incidents()).isEqualTo(run(List.of(earlyAgain, movedDay, lateToo)));
        }
    }

    /** A report of the 7 February 2024 explosion at the Votkinsk plant, in its town. */
    private static Article atTheVotkinskPlant(String id) {
        return TestArticles.article(id, "Udmurt Voice", "2024-02-08",
                "An unexplained explosion shook the Votkinsk missile plant in the town of Votkinsk on 7 February 2024.");
    }

    /** A report of an explosion that day at a missile factory "in Izhevsk", "outside Izhevsk"... */
    private static Article atAFactory(String id, String where) {
        return TestArticles.article(id, "Kama Post", "2024-02-08",
                "On 7 February 2024 an unexplained explosion was heard at a missile factory " + where + ".");
    }

    /** "Outside Izhevsk" names a landmark city, not the site: the report joins the plant's incident of that day. */
    @Test
    void shouldJoinAReportNearALargeCityToTheIncidentOfItsRegionAndDay() {
        Article atThePlant = atTheVotkinskPlant("n-1");
        Article nearTheCity = atAFactory("n-2", "outside Izhevsk");
        Article inTheCity = atAFactory("n-3", "in Izhevsk");
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(atThePlant).send(nearTheCity);
            assertThat(pipeline.incidents()).hasSize(1);
            assertThat(pipeline.incidents().values().iterator().next().outlets()).isEqualTo(2);
        }
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(atThePlant).send(inTheCity);
            assertThat(pipeline.incidents()).hasSize(2);
        }
    }

    @Test
    void shouldAbsorbOneIncidentIntoAnotherWhenAReportBridgesThem() {
        Article nearVotkinsk = atTheVotkinskPlant("b-1");
        Article nearIzhevsk = atAFactory("b-2", "in Izhevsk");
        Article bridge = TestArticles.article("b-3", "Ural Review", "2024-02-09",
                "The 7 February 2024 explosion at the Votkinsk missile plant happened at its test range near Izhevsk, "
                        + "and nobody has explained it.");
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(nearVotkinsk).send(nearIzhevsk);
            assertThat(pipeline.incidents()).hasSize(2);
            assertThat(pipeline.countAt("RU", java.time.LocalDate.parse("2024-02-07"))).isEqualTo(2);

            pipeline.send(bridge);

            assertThat(pipeline.incidents()).hasSize(1);
            assertThat(pipeline.incidents().values().iterator().next().outlets()).isEqualTo(3);
            assertThat(pipeline.countAt("RU", java.time.LocalDate.parse("2024-02-07"))).isEqualTo(1);
        }
    }

    private static Map<String, Incident> run(List<Article> articles) {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.sendAll(articles);
            return new TreeMap<>(pipeline.incidents());
        }
    }
}
