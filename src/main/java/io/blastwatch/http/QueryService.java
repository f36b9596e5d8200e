package io.blastwatch.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import io.blastwatch.model.Alert;
import io.blastwatch.model.Incident;
import io.blastwatch.model.WindowCount;
import io.blastwatch.serde.Json;
import io.blastwatch.topology.StoreNames;
import io.blastwatch.window.RollingWindow;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Answers queries from the pipeline's state stores through Kafka Streams interactive queries, on any instance for
 * any key: incidents and alerts are gathered from every instance (each holds some partitions), a country's counts are
 * asked of the instance that owns the country's partition. Instances find each other through the
 * {@code application.server} each advertises.
 */
public final class QueryService {

    /** Set on requests between instances: answer from local state, never forward again. */
    static final String LOCAL_ONLY_HEADER = "X-Blastwatch-Local";
    private static final Duration PEER_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_SERIES_DAYS = 3 * 366;

    private final PipelineHandle pipeline;
    private final HostInfo self;
    private final RollingWindow window;
    private final int alertThreshold;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PEER_TIMEOUT).build();

    public QueryService(PipelineHandle pipeline, HostInfo self, RollingWindow window, int alertThreshold) {
        this.pipeline = pipeline;
        this.self = self;
        this.window = window;
        this.alertThreshold = alertThreshold;
    }

    /** The rule the counts and alerts follow, for readers of the API. */
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("windowMonths", window.months());
        settings.put("alertThreshold", alertThreshold);
        return settings;
    }

    // ---- incidents and alerts: every instance holds some ----------------------------------------------------

    public List<Incident> incidents() {
        Map<String, Incident> all = new TreeMap<>();
        localIncidents().forEach(i -> all.put(i.id(), i));
        for (HostInfo peer : peers()) {
            List<Incident> theirs = fromPeer(peer, "/api/local/incidents", new TypeReference<List<Incident>>() { });
            theirs.forEach(i -> all.put(i.id(), i));
        }
        return new ArrayList<>(all.values());
    }

    public Optional<Incident> incident(String id) {
        Incident local = incidentJson(store(StoreNames.DEDUP_INCIDENTS, byte[].class).get(id));
        if (local != null) {
            return Optional.of(local);
        }
        for (HostInfo peer : peers()) {
            List<Incident> theirs = fromPeer(peer, "/api/local/incidents?id=" + id, new TypeReference<List<Incident>>() { });
            if (!theirs.isEmpty()) {
                return Optional.of(theirs.get(0));
            }
        }
        return Optional.empty();
    }

    public List<Alert> alerts() {
        List<Alert> all = new ArrayList<>(localAlerts());
        for (HostInfo peer : peers()) {
            all.addAll(fromPeer(peer, "/api/local/alerts", new TypeReference<List<Alert>>() { }));
        }
        return all;
    }

    List<Incident> localIncidents() {
        return values(store(StoreNames.DEDUP_INCIDENTS, byte[].class)).stream().map(QueryService::incidentJson).toList();
    }

    List<Incident> localIncident(String id) {
        Incident found = incidentJson(store(StoreNames.DEDUP_INCIDENTS, byte[].class).get(id));
        return found == null ? List.of() : List.of(found);
    }

    List<Alert> localAlerts() {
        return values(store(StoreNames.ALERT_STATE, Alert.class));
    }

    // ---- counts: one instance owns each country ----------------------------------------------------------------

    /** The count of the window ending on a day, computed exactly from the counted incidents. */
    public WindowCount count(String country, LocalDate at, boolean localOnly) {
        Optional<HostInfo> owner = localOnly ? Optional.empty() : otherOwner(country);
        if (owner.isPresent()) {
            return fromPeer(owner.get(), "/api/counts?country=" + country + "&at=" + at, new TypeReference<WindowCount>() { });
        }
        List<String> ids = new ArrayList<>();
        LocalDate start = window.start(at);
        try (KeyValueIterator<String, String> it = store(StoreNames.WINDOW_COUNTED_INCIDENTS, String.class)
                .range(country + "|" + start + "|", country + "|" + at + "|\uffff")) {
            it.forEachRemaining(kv -> ids.add(kv.value));
        }
        return new WindowCount(country, start, at, ids.size(), ids);
    }

    /** The count of every window ending between two days. */
    public List<DayCount> series(String country, LocalDate from, LocalDate to, boolean localOnly) {
        if (to.isBefore(from) || from.plusDays(MAX_SERIES_DAYS).isBefore(to)) {
            throw new ApiException(400, "from must be before to, at most " + MAX_SERIES_DAYS + " days apart");
        }
        Optional<HostInfo> owner = localOnly ? Optional.empty() : otherOwner(country);
        if (owner.isPresent()) {
            return fromPeer(owner.get(), "/api/counts/series?country=" + country + "&from=" + from + "&to=" + to,
                    new TypeReference<List<DayCount>>() { });
        }
        List<LocalDate> dates = new ArrayList<>();
        try (KeyValueIterator<String, String> it = store(StoreNames.WINDOW_COUNTED_INCIDENTS, String.class)
                .range(country + "|" + window.start(from) + "|", country + "|" + to + "|\uffff")) {
            it.forEachRemaining(kv -> dates.add(LocalDate.parse(kv.key.split("\\|")[1])));
        }
        // Both ends of the window only move forward: two pointers give every day in one pass.
        List<DayCount> series = new ArrayList<>();
        int first = 0;
        int last = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            while (last < dates.size() && !dates.get(last).isAfter(day)) {
                last++;
            }
            LocalDate start = window.start(day);
            while (first < last && dates.get(first).isBefore(start)) {
                first++;
            }
            series.add(new DayCount(day, last - first));
        }
        return series;
    }

    private Optional<HostInfo> otherOwner(String country) {
        KeyQueryMetadata metadata = streams().queryMetadataForKey(StoreNames.WINDOW_COUNTED_INCIDENTS, country,
                new StringSerializer());
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            return Optional.empty();
        }
        HostInfo owner = metadata.activeHost();
        return owner == null || owner.equals(self) || owner.port() <= 0 ? Optional.empty() : Optional.of(owner);
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    private KafkaStreams streams() {
        return pipeline.get().orElseThrow(() -> new ApiException(503, "the pipeline is starting"));
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name, Class<V> type) {
        try {
            return streams().store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new ApiException(503, "the pipeline's state is not queryable right now (" + e.getMessage() + ")");
        }
    }

    /** Deduplication keeps each incident as the JSON it emitted. */
    private static Incident incidentJson(byte[] json) {
        return json == null ? null : Json.fromBytes(json, Incident.class);
    }

    private static <V> List<V> values(ReadOnlyKeyValueStore<String, V> store) {
        List<V> values = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            it.forEachRemaining(kv -> values.add(kv.value));
        }
        return values;
    }

    /** The other instances of the application, as they advertise themselves. */
    private Collection<HostInfo> peers() {
        Map<String, HostInfo> peers = new LinkedHashMap<>();
        for (StreamsMetadata m : streams().metadataForAllStreamsClients()) {
            HostInfo host = m.hostInfo();
            if (host != null && host.port() > 0 && !host.equals(self)) {
                peers.put(host.host() + ":" + host.port(), host);
            }
        }
        return peers.values();
    }

    private <T> T fromPeer(HostInfo peer, String path, TypeReference<T> type) {
        URI uri = URI.create("http://" + peer.host() + ":" + peer.port() + path);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(PEER_TIMEOUT)
                    .header(LOCAL_ONLY_HEADER, "1").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ApiException(502, "instance " + peer.host() + ":" + peer.port() + " answered "
                        + response.statusCode() + " for " + path);
            }
            return Json.mapper().readValue(response.body(), type);
        } catch (IOException e) {
            throw new ApiException(502, "instance " + peer.host() + ":" + peer.port() + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted");
        }
    }
}
