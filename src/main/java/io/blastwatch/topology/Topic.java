package io.blastwatch.topology;

import org.apache.kafka.common.serialization.Serde;

/** A topic with the serdes of its keys and values, so that no producer or consumer can read it the wrong way. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
}
