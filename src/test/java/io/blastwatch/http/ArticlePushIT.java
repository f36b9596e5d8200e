package io.blastwatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwatch.app.TopicSnapshot;
import io.blastwatch.ingest.ArticleDefaults;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.serde.Json;
import io.blastwatch.testing.KafkaFixture;
import io.blastwatch.topology.Topics;
import org.junit.jupiter.api.Test;

/** POST /articles on a real broker: what is valid is published, the rest is refused with a reason. */
class ArticlePushIT {

    private static final String ARTICLE = "{\"id\":\"push-1\",\"outlet\":\"Push Wire\",\"published\":\"2024-02-08\","
            + "\"text\":\"An explosion hit the gunpowder plant in Kotovsk on 7 February 2024.\"}";

    @Test
    void shouldAcceptValidArticlesAndExplainEveryRefusal() throws Exception {
        try (KafkaFixture kafka = new KafkaFixture();
             ArticlePublisher publisher = new ArticlePublisher(kafka.client(), Clock.systemUTC());
             HttpApi api = HttpApi.start("127.0.0.1", 0).route("/articles",
                     new ArticlePushHandler(new ArticleParser(new ArticleDefaults()), publisher, 64 * 1024))) {
            String url = "http://127.0.0.1:" + api.port() + "/articles";

            HttpResponse<String> one = post(url, ARTICLE);
            assertThat(one.statusCode()).isEqualTo(202);
            assertThat(Json.mapper().readTree(one.body()).get("ids").get(0).asText()).isEqualTo("push-1");

            String lines = ARTICLE.replace("push-1", "push-2") + "\n{\"id\":\"bad\"\n"
                    + "{\"id\":\"empty\",\"text\":\"  \"}\n" + ARTICLE.replace("push-1", "push-3");
            HttpResponse<String> mixed = post(url, lines);
            JsonNode answer = Json.mapper().readTree(mixed.body());
            assertThat(mixed.statusCode()).isEqualTo(202);
            assertThat(answer.get("accepted").asInt()).isEqualTo(2);
            assertThat(answer.get("rejected")).hasSize(2);
            assertThat(answer.get("rejected").get(0).get("record").asText()).isEqualTo("line:2");
            assertThat(answer.get("rejected").get(1).get("reason").asText()).contains("empty");

            HttpResponse<String> garbage = post(url, "this is not json");
            assertThat(garbage.statusCode()).isEqualTo(400);
            assertThat(Json.mapper().readTree(garbage.body()).get("rejected").get(0).get("reason").asText())
                    .contains("malformed JSON");

            HttpResponse<String> typed = post(url, "{\"id\":true,\"text\":\"A blast at a plant.\"}\n"
                    + "{\"id\":\"typed-2\",\"url\":{\"href\":\"https://x.example\"},\"text\":\"A blast.\"}");
            assertThat(typed.statusCode()).as("wrong types are refused, not coerced").isEqualTo(400);
            JsonNode typedAnswer = Json.mapper().readTree(typed.body());
            assertThat(typedAnswer.get("rejected").get(0).get("reason").asText())
                    .isEqualTo("\"id\" must be a string, not a boolean (true)");
            assertThat(typedAnswer.get("rejected").get(1).get("reason").asText())
                    .isEqualTo("\"url\" must be a string, not an object");

            String manyBad = "{\"id\":\"bad\", \"text\": 42}\n".repeat(ArticlePushHandler.MAX_REASONS * 3);
            HttpResponse<String> bounded = post(url, manyBad);
            JsonNode boundedAnswer = Json.mapper().readTree(bounded.body());
            assertThat(bounded.statusCode()).isEqualTo(400);
            assertThat(boundedAnswer.get("rejectedCount").asInt()).isEqualTo(ArticlePushHandler.MAX_REASONS * 3);
            assertThat(boundedAnswer.get("rejected")).hasSize(ArticlePushHandler.MAX_REASONS);
            assertThat(boundedAnswer.get("rejectedNotListed").asInt()).isEqualTo(ArticlePushHandler.MAX_REASONS * 2);
            assertThat(bounded.body().length()).as("answer size").isLessThan(manyBad.length() * 2);

            assertThat(post(url, "x".repeat(70 * 1024)).statusCode()).isEqualTo(413);
            HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(Json.mapper().readTree(get.body()).get("error").asText()).isNotBlank();

            assertThat(TopicSnapshot.latest(kafka.client(), Topics.ARTICLES_RAW).keySet())
                    .containsExactlyInAnyOrder("push-1", "push-2", "push-3");
        }
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
