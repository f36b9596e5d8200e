package io.blastwatch.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blastwatch.serde.Json;
import io.blastwatch.topology.Topics;

/**
 * Seeded hostile records for the pipeline's input topics: what a broken or malicious producer, a bad scraper or an
 * encoding accident could write. Articles that parse get an id of the form {@code fuzz-N} so a test can tell
 * whether each one was processed; their publication dates lie in the 1990s, far from anything a test checks after.
 */
final class HostileInputs {

    /**
     * One input: where it goes, what it is, and, on the article topic, the id the article gets if it is read: its
     * own or, lacking one, the record key.
     */
    record Input(int number, String kind, String topic, byte[] key, byte[] value, String articleId) {
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] PLACES = {"Votkinsk", "Izhevsk", "Kotovsk", "Solikamsk", "Rostov", "Rostov-on-Don",
            "Udmurtia", "Tambov", "Perm", "Bryansk", "Kamensky", "Chelyabinsk", "Kyiv", "Minsk", "Yagul"};
    private static final String[] INCIDENT_WORDS = {"explosion", "blast", "fire", "detonation", "drone strike",
            "shelling", "exploded", "caught fire", "plant", "factory", "depot", "Machine Building Plant"};
    // An impossible day of a real month dates a report by its month (a writer's slip must not lose an incident), so
    // those here name years far from the examples: they test the parser, and must not add to the examples' counts.
    private static final String[] IMPOSSIBLE_DATES = {"31 February 2004", "30 February 1999", "February 30, 1997",
            "0 January", "32 March 1996", "February 29, 1997", "1 January 0000", "in the year 99999", "on 1 January 10000",
            "1997-02-31", "13/45/1998", "on the 99th of May", "-5 June 1995", "9999999999 days ago",
            "Feb. 31, 1998", "on Blursday", "in Smarch", "late Octember", "on 2147483648 March", "week 53 of 1995"};

    private final Random random;
    private final List<Supplier<Input>> kinds = new ArrayList<>();
    private int next;

    HostileInputs(long seed) {
        this.random = new Random(seed);
        kinds.add(() -> raw("random-bytes", Topics.ARTICLES_RAW.name(), bytes(random.nextInt(4096))));
        kinds.add(() -> raw("empty", Topics.ARTICLES_RAW.name(), random.nextBoolean() ? new byte[0] : null));
        kinds.add(this::truncatedJson);
        kinds.add(this::invalidUtf8);
        kinds.add(this::deepNesting);
        kinds.add(this::wrongTypes);
        kinds.add(this::controlCharacters);
        kinds.add(this::badPublished);
        kinds.add(this::impossibleDates);
        kinds.add(this::pathologicalText);
        kinds.add(this::pathologicalText);
        kinds.add(this::oversizedFields);
        kinds.add(this::randomKey);
        kinds.add(this::hostileMention);
        kinds.add(this::hostileIncident);
    }

    List<Input> take(int count) {
        List<Input> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inputs.add(kinds.get(random.nextInt(kinds.size())).get());
        }
        return inputs;
    }

    private Input raw(String kind, String topic, byte[] value) {
        int number = next++;
        return new Input(number, kind, topic, key(number), value, "fuzz-" + number);
    }

    private Input article(String kind, ObjectNode article) {
        int number = next++;
        String id = "fuzz-" + number;
        article.put("id", id);
        return new Input(number, kind, Topics.ARTICLES_RAW.name(), key(number), Json.toBytes(article), id);
    }

    /** A well-formed article around the given text, published in the 1990s. */
    private ObjectNode articleAround(String text) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("url", "https://fuzz.example/" + next);
        node.put("outlet", "fuzz.example");
        node.put("title", "Fuzz " + next);
        node.put("published", (1990 + random.nextInt(10)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
        node.put("text", text);
        return node;
    }

    private Input truncatedJson() {
        byte[] whole = Json.toBytes(articleAround(sentences(5)));
        byte[] cut = java.util.Arrays.copyOf(whole, random.nextInt(whole.length));
        return raw("truncated-json", Topics.ARTICLES_RAW.name(), cut);
    }

    private Input invalidUtf8() {
        byte[] whole = Json.toBytes(articleAround(sentences(3)));
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            int at = whole.length / 2 + random.nextInt(whole.length / 3);
            whole[at] = (byte) (0x80 + random.nextInt(0x80));
        }
        return raw("invalid-utf8", Topics.ARTICLES_RAW.name(), whole);
    }

    private Input deepNesting() {
        int depth = 10 + random.nextInt(200_000);
        StringBuilder json = new StringBuilder(depth * 8);
        boolean arrays = random.nextBoolean();
        for (int i = 0; i < depth; i++) {
            json.append(arrays ? "[" : "{\"text\":");
        }
        json.append("\"explosion\"");
        for (int i = 0; i < depth; i++) {
            json.append(arrays ? "]" : "}");
        }
        return raw("deep-nesting", Topics.ARTICLES_RAW.name(), json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Input wrongTypes() {
        String[] shapes = {"null", "true", "42", "\"just a string\"", "[1,2,3]", "{}", "{\"text\":123}",
                "{\"text\":[\"explosion\"]}", "{\"text\":{\"a\":1}}", "{\"id\":{},\"text\":\"explosion at Votkinsk\"}",
                "{\"text\":\"explosion\",\"published\":20240207}", "{\"text\":\"explosion\",\"publishedFrom\":\"NOWHERE\"}",
                "{\"text\":\"a\",\"text\":\"b\"}", "{\"text\":\"explosion\"} trailing", "{\"text\":\"x\"}{\"text\":\"y\"}",
                "{\"text\":\"\\ud800 lone surrogate explosion\"}", "{\"text\":1e999999}", "{'text':'single quotes'}",
                "{\"text\":\"explosion\",\"url\":null,\"outlet\":[]}"};
        String shape = shapes[random.nextInt(shapes.length)];
        return raw("wrong-types", Topics.ARTICLES_RAW.name(), shape.getBytes(StandardCharsets.UTF_8));
    }

    private Input controlCharacters() {
        StringBuilder text = new StringBuilder(sentences(4));
        for (int i = 0; i < 1 + random.nextInt(200); i++) {
            int at = random.nextInt(text.length());
            char c = switch (random.nextInt(6)) {
                case 0 -> (char) random.nextInt(0x20);
                case 1 -> '\u200B';
                case 2 -> '\u202E';
                case 3 -> '\uFEFF';
                case 4 -> '\u0301';
                default -> '\u007F';
            };
            text.insert(at, c);
        }
        return article("control-characters", articleAround(text.toString()));
    }

    private Input badPublished() {
        String[] values = {"2024-02-31", "0000-00-00", "+999999999-12-31T23:59:59Z", "-000001-01-01", "1e10", "",
                "2024-13-45T99:99:99Z", "yesterday", "9999-12-31", "1970-01-01T00:00:00Z", "2024-02-07T25:00:00+99:00",
                "\u0000", "1999-02-29", "1996-02-29T12:00:00Z"};
        ObjectNode node = articleAround(sentences(3));
        node.put("published", values[random.nextInt(values.length)]);
        return article("bad-published", node);
    }

    private Input impossibleDates() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(12); i++) {
            text.append("An ").append(pick(INCIDENT_WORDS)).append(" hit the ").append(pick(PLACES))
                    .append(" plant ").append(pick(IMPOSSIBLE_DATES)).append(". ");
        }
        return article("impossible-dates", articleAround(text.toString()));
    }

    /** Text built to make the date, place and facility matchers work as hard as possible. */
    private Input pathologicalText() {
        int size = random.nextInt(100) < 3 ? 300_000 + random.nextInt(150_000) : 200 + random.nextInt(20_000);
        StringBuilder text = new StringBuilder(size + 64);
        int style = random.nextInt(12);
        while (text.length() < size) {
            switch (style) {
                case 0 -> text.append(pick(MONTHS)).append(' ');
                case 1 -> text.append(random.nextInt(40)).append(random.nextBoolean() ? ' ' : ',');
                case 2 -> text.append(pick(PLACES)).append(random.nextBoolean() ? ", " : " and ");
                case 3 -> text.append("-on-Don");
                case 4 -> text.append(pick(INCIDENT_WORDS)).append(" on ").append(random.nextInt(32)).append(' ')
                        .append(pick(MONTHS)).append(random.nextBoolean() ? ", " : ". ");
                case 5 -> text.append((char) ('a' + random.nextInt(26)));
                case 6 -> text.append("((((\"\u00AB[");
                case 7 -> text.append(".!?;:");
                case 8 -> text.append("on the ");
                case 9 -> text.append("Machine Building Gunpowder Tank Repair ");
                case 10 -> text.append("e\u0301\u0435x\u0440losion\u200D \uD83D\uDCA5 ");
                default -> text.append(pick(INCIDENT_WORDS)).append(' ').append(pick(IMPOSSIBLE_DATES)).append(" in ")
                        .append(pick(PLACES)).append(" and ");
            }
        }
        return article("pathological-text-" + style, articleAround(text.toString()));
    }

    private Input oversizedFields() {
        ObjectNode node = articleAround(sentences(2));
        String field = new String[]{"url", "outlet", "title", "language", "id", "text"}[random.nextInt(6)];
        int length = field.equals("text") ? 400_001 + random.nextInt(600_000) : 2_000 + random.nextInt(2_000_000);
        node.put(field, "x".repeat(length));
        if (field.equals("id")) {
            int number = next++;
            return new Input(number, "oversized-id", Topics.ARTICLES_RAW.name(), key(number), Json.toBytes(node), null);
        }
        return article("oversized-" + field, node);
    }

    private Input randomKey() {
        Input article = article("random-key", articleAround(sentences(2)));
        byte[] key = random.nextInt(10) == 0 ? null : bytes(random.nextInt(3000));
        return new Input(article.number(), article.kind(), article.topic(), key, article.value(), article.articleId());
    }

    /** Records on the mention topic that no extractor of ours would write. */
    private Input hostileMention() {
        String[] shapes = {"{}", "{\"mentionId\":\"@\"}", "{\"mentionId\":\"@2\",\"date\":\"1995-02-31\"}",
                "{\"mentionId\":\"@3\",\"earliest\":\"1995-05-01\",\"latest\":\"1994-01-01\",\"country\":\"RU\"}",
                "{\"mentionId\":\"@4\",\"retracted\":true}", "{\"mentionId\":\"@5\",\"date\":\"+99999-01-01\"}",
                "{\"mentionId\":\"@6\",\"kind\":\"METEOR\"}", "[]", "null", "{\"mentionId\":7}",
                "{\"mentionId\":\"@7\",\"date\":\"0001-01-01\",\"earliest\":\"0001-01-01\",\"latest\":\"9999-12-31\"}",
                "{\"mentionId\":\"@8\",\"date\":\"1995-01-01\",\"earliest\":\"1995-01-01\",\"latest\":\"1995-01-01\","
                        + "\"kind\":\"EXPLOSION\",\"country\":\"RU\",\"unexplained\":true,\"militaryIndustrial\":true}"};
        int number = next++;
        byte[] value = random.nextBoolean() ? bytes(random.nextInt(500))
                : shapes[random.nextInt(shapes.length)].replace("@", "fuzz-" + number + "-").getBytes(StandardCharsets.UTF_8);
        return new Input(number, "hostile-mention", Topics.INCIDENT_MENTIONS.name(),
                ("RU|fuzz-" + number).getBytes(StandardCharsets.UTF_8), value, null);
    }

    /** Records on the incident topic, which the counting stage reads, that deduplication would never write. */
    private Input hostileIncident() {
        String[] shapes = {"{}", "{\"id\":\"i\"}", "{\"id\":\"i\",\"kind\":\"EXPLOSION\",\"country\":\"RU\"}",
                "{\"id\":\"i\",\"date\":\"1995-02-31\",\"kind\":\"EXPLOSION\",\"militaryIndustrial\":true,"
                        + "\"unexplained\":true,\"country\":\"RU\"}",
                "{\"id\":\"i\",\"date\":\"-999999-01-01\",\"kind\":\"EXPLOSION\",\"militaryIndustrial\":true,"
                        + "\"unexplained\":true,\"country\":\"RU\",\"datePrecision\":\"DAY\"}", "[1]", "\"x\""};
        int number = next++;
        byte[] value = random.nextBoolean() ? bytes(random.nextInt(500))
                : shapes[random.nextInt(shapes.length)].getBytes(StandardCharsets.UTF_8);
        return new Input(number, "hostile-incident", Topics.INCIDENTS.name(),
                ("fuzz-incident-" + number).getBytes(StandardCharsets.UTF_8), value, null);
    }

    private String sentences(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("An ").append(pick(INCIDENT_WORDS)).append(" was reported at the ").append(pick(PLACES))
                    .append(" plant on ").append(1 + random.nextInt(28)).append(' ').append(pick(MONTHS)).append(". ");
        }
        return text.toString();
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] key(int number) {
        return ("fuzz-" + number).getBytes(StandardCharsets.UTF_8);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
