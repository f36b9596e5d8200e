package io.blastwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.blastwatch.app.AnalysisReport;
import io.blastwatch.app.ArticleStats;
import io.blastwatch.model.WindowCount;
import org.junit.jupiter.api.Test;

/** The text of analyze lists exactly the windows of the JSON, with the drop back to zero and nothing in between. */
class ReportPrinterTest {

    private static WindowCount window(String country, String end, int count) {
        LocalDate e = LocalDate.parse(end);
        return new WindowCount(country, e.minusMonths(4).plusDays(1), e, count,
                java.util.stream.IntStream.range(0, count).mapToObj(i -> "inc-" + i).toList());
    }

    @Test
    void shouldListEveryChangeOfTheCountIncludingTheDropToZeroButNoLeadingZero() {
        List<WindowCount> counts = List.of(window("RU", "2023-01-01", 0), window("RU", "2023-10-31", 1),
                window("RU", "2024-02-07", 2), window("RU", "2024-03-01", 1), window("RU", "2024-06-08", 0),
                window("UA", "2024-01-05", 1), window("UA", "2024-05-06", 0));

        String text = ReportPrinter.text(new AnalysisReport(new ArticleStats(1, 1, 0, 0), List.of(), counts,
                List.of(), List.of(), List.of()));

        assertThat(text).doesNotContain(".. 2023-01-01");
        assertThat(text).contains(".. 2023-10-31   1 #").contains(".. 2024-02-07   2 ##  (peak)")
                .contains(".. 2024-06-08   0 ").contains("UA  2024-01-07 .. 2024-05-06   0 ");
        assertThat(ReportPrinter.shownCounts(counts)).hasSize(6);
    }
}
