package io.blastwatch.app;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * One bound on the native memory of all state stores of an instance. By default every RocksDB store of every task
 * gets its own block cache and up to three 16 MB memtables, so the native memory grows with the number of stores and
 * partitions; here they share one block cache, which also accounts for the memtables and the index and filter blocks.
 *
 * <p>The instance's budget travels to Kafka Streams' config setter through the streams properties, so each pipeline
 * has its own and closes it when it closes.
 */
public final class StateStoreMemory implements AutoCloseable {

    /** Streams property under which the pipeline hands its budget to {@link Setter}. */
    static final String PROPERTY = "blastwatch.state.store.memory";
    /** Share of the cache kept for index and filter blocks, so data blocks cannot evict them. */
    private static final double INDEX_SHARE = 0.1;
    private static final long MB = 1024 * 1024;

    private final Cache cache;
    private final WriteBufferManager writeBuffers;
    private final long memtableBytes;

    StateStoreMemory(long totalBytes) {
        RocksDB.loadLibrary();
        this.cache = new LRUCache(totalBytes, -1, false, INDEX_SHARE);
        this.memtableBytes = Math.max(MB, totalBytes / 4);
        this.writeBuffers = new WriteBufferManager(memtableBytes, cache);
    }

    static StateStoreMemory megabytes(int mb) {
        return new StateStoreMemory(mb * MB);
    }

    @Override
    public void close() {
        writeBuffers.close();
        cache.close();
    }

    /** Kafka Streams' hook into each store's options; it finds the instance's budget among the properties. */
    public static final class Setter implements RocksDBConfigSetter {

        @Override
        public void setConfig(String storeName, Options options, Map<String, Object> configs) {
            if (!(configs.get(PROPERTY) instanceof StateStoreMemory memory)) {
                return; // a topology run without a budget, as in the test driver, keeps RocksDB's defaults
            }
            BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
            table.setBlockCache(memory.cache);
            table.setCacheIndexAndFilterBlocks(true);
            table.setCacheIndexAndFilterBlocksWithHighPriority(true);
            table.setPinTopLevelIndexAndFilter(true);
            options.setTableFormatConfig(table);
            options.setWriteBufferManager(memory.writeBuffers);
            options.setWriteBufferSize(Math.min(options.writeBufferSize(), memory.memtableBytes / 2));
            options.setMaxWriteBufferNumber(2);
        }

        @Override
        public void close(String storeName, Options options) {
            // the cache and write buffer manager are shared; the pipeline closes them after its last store
        }
    }
}
