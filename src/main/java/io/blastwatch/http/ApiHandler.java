package io.blastwatch.http;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.blastwatch.model.Alert;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentKind;

/**
 * The read-only JSON API over the pipeline's state:
 *
 * <pre>
 * GET /api/incidents?country=RU&amp;from=2023-10-01&amp;to=2024-02-29&amp;unexplained=true&amp;kind=EXPLOSION&amp;limit=500
 * GET /api/incidents/{id}
 * GET /api/counts?country=RU&amp;at=2024-02-07
 * GET /api/counts/series?country=RU&amp;from=2023-06-01&amp;to=2024-06-01
 * GET /api/alerts
 * GET /api/settings
 * </pre>
 *
 * Errors are JSON with a status and a reason. {@code /api/local/...} answer other instances from local state only.
 */
public final class ApiHandler implements HttpHandler {

    private static final int DEFAULT_LIMIT = 1000;
    private static final int MAX_LIMIT = 10_000;
    private static final Set<String> COUNTRIES_PATTERN_HINT = Set.of("RU", "UA", "BY");

    private final QueryService queries;

    public ApiHandler(QueryService queries) {
        this.queries = queries;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestMethod().equals("GET")) {
                throw new ApiException(405, "the API is read-only: use GET");
            }
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            boolean localOnly = exchange.getRequestHeaders().containsKey(QueryService.LOCAL_ONLY_HEADER);
            HttpResponses.json(exchange, 200, route(path, query, localOnly));
        } catch (ApiException e) {
            HttpResponses.error(exchange, e.status(), e.getMessage());
        } catch (RuntimeException e) {
            HttpResponses.error(exchange, 500, "internal error: " + e.getMessage());
        }
    }

    /** The query parameters each endpoint reads; any other is a typo that would silently return everything. */
    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "/api/incidents", List.of("country", "from", "to", "unexplained", "kind", "limit"),
            "/api/counts", List.of("country", "at"),
            "/api/counts/series", List.of("country", "from", "to"),
            "/api/settings", List.of(),
            "/api/alerts", List.of(),
            "/api/local/incidents", List.of("id"),
            "/api/local/alerts", List.of());

    private static void checkParameters(String path, Map<String, String> query) {
        String endpoint = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        List<String> known = PARAMETERS.get(endpoint);
        if (known == null) {
            return; // an incident by id, or no such endpoint: answered below
        }
        for (String name : query.keySet()) {
            if (!known.contains(name)) {
                throw new ApiException(400, "unknown parameter " + name + "; " + endpoint
                        + (known.isEmpty() ? " takes none" : " takes " + String.join(", ", known)));
            }
        }
    }

    private Object route(String path, Map<String, String> query, boolean localOnly) {
        checkParameters(path, query);
        if (path.equals("/api/incidents") || path.equals("/api/incidents/")) {
            return filtered(queries.incidents(), query);
        }
        if (path.startsWith("/api/incidents/")) {
            String id = path.substring("/api/incidents/".length());
            return queries.incident(id).orElseThrow(() -> new ApiException(404, "no incident " + id));
        }
        if (path.equals("/api/counts")) {
            return queries.count(country(query), date(query, "at", null), localOnly);
        }
        if (path.equals("/api/counts/series")) {
            LocalDate to = date(query, "to", LocalDate.now());
            LocalDate from = date(query, "from", to.minusYears(1));
            return queries.series(country(query), from, to, localOnly);
        }
        if (path.equals("/api/settings")) {
            return queries.settings();
        }
        if (path.equals("/api/alerts")) {
            return queries.alerts().stream().sorted(Comparator.comparing(Alert::windowEnd).reversed()).toList();
        }
        if (path.equals("/api/local/incidents")) {
            return query.containsKey("id") ? queries.localIncident(query.get("id")) : queries.localIncidents();
        }
        if (path.equals("/api/local/alerts")) {
            return queries.localAlerts();
        }
        throw new ApiException(404, "no such endpoint: " + path);
    }

    private static List<Incident> filtered(List<Incident> incidents, Map<String, String> query) {
        String country = query.get("country");
        LocalDate from = date(query, "from", LocalDate.MIN);
        LocalDate to = date(query, "to", LocalDate.MAX);
        if (from.isAfter(to)) {
            throw new ApiException(400, "from must not be after to: " + from + " > " + to);
        }
        Boolean unexplained = query.containsKey("unexplained") ? bool(query.get("unexplained")) : null;
        IncidentKind kind = query.containsKey("kind") ? kind(query.get("kind")) : null;
        int limit = limit(query.get("limit"));
        return incidents.stream()
                .filter(i -> country == null || country.equalsIgnoreCase(i.country()))
                .filter(i -> !i.date().isBefore(from) && !i.date().isAfter(to))
                .filter(i -> unexplained == null || i.unexplained() == unexplained)
                .filter(i -> kind == null || i.kind() == kind)
                .sorted(Comparator.comparing(Incident::date).reversed().thenComparing(Incident::id))
                .limit(limit)
                .toList();
    }

    private static String country(Map<String, String> query) {
        String country = query.get("country");
        if (country == null || !country.matches("[A-Za-z]{2}")) {
            throw new ApiException(400, "country must be a two-letter code, for example " + COUNTRIES_PATTERN_HINT);
        }
        return country.toUpperCase(Locale.ROOT);
    }

    private static LocalDate date(Map<String, String> query, String name, LocalDate fallback) {
        String value = query.get(name);
        if (value == null) {
            if (fallback == null) {
                throw new ApiException(400, name + " is required, as YYYY-MM-DD");
            }
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, name + " is not a date (YYYY-MM-DD): " + value);
        }
    }

    private static boolean bool(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new ApiException(400, "unexplained must be true or false: " + value);
    }

    private static IncidentKind kind(String value) {
        try {
            return IncidentKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "kind must be one of " + List.of(IncidentKind.values()) + ": " + value);
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "limit must be between 1 and " + MAX_LIMIT + ": " + value);
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }
}
