package io.blastwatch.window;

import java.util.Objects;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Reads the incident table (updates and tombstones, keyed by incident id, as {@link CountableFacts}) and emits,
 * keyed by country, how each incident's place in the count changed. It remembers what it last counted for every
 * incident, so that a tombstone, which carries no country or date, still retracts the right day, and an update that
 * changes nothing countable emits nothing.
 */
public final class CountableIncidentProcessor implements Processor<String, CountableFacts, String, CountChange> {

    private final String indexStoreName;
    private ProcessorContext<String, CountChange> context;
    private KeyValueStore<String, CountedIncident> counted;

    public CountableIncidentProcessor(String indexStoreName) {
        this.indexStoreName = indexStoreName;
    }

    @Override
    public void init(ProcessorContext<String, CountChange> context) {
        this.context = context;
        this.counted = context.getStateStore(indexStoreName);
    }

    @Override
    public void process(Record<String, CountableFacts> record) {
        String id = record.key();
        if (id == null) {
            return;
        }
        CountedIncident now = CountingRule.counts(record.value())
                ? new CountedIncident(record.value().country(), record.value().date()) : null;
        CountedIncident before = counted.get(id);
        if (Objects.equals(before, now)) {
            return;
        }
        if (now == null) {
            counted.delete(id);
        } else {
            counted.put(id, now);
        }
        if (before != null && now != null && before.country().equals(now.country())) {
            context.forward(record.withKey(now.country()).withValue(new CountChange(id, before.date(), now.date())));
            return;
        }
        if (before != null) {
            context.forward(record.withKey(before.country()).withValue(new CountChange(id, before.date(), null)));
        }
        if (now != null) {
            context.forward(record.withKey(now.country()).withValue(new CountChange(id, null, now.date())));
        }
    }
}
