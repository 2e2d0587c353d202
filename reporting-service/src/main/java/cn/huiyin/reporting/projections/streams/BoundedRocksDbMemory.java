package cn.huiyin.reporting.projections.streams;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the off-heap memory of every RocksDB store of the process together: one block cache, which also holds
 * the index and filter blocks, and one write-buffer manager charging memtables to that cache (the pattern of the
 * Kafka Streams memory-management guide). The total comes from {@value #TOTAL_BYTES} in the streams configuration.
 */
public class BoundedRocksDbMemory implements RocksDBConfigSetter {

    public static final String TOTAL_BYTES = "huiyin.rocksdb.total-bytes";
    static final long DEFAULT_TOTAL = 64L * 1024 * 1024;
    private static final double MEMTABLE_SHARE = 0.25;
    private static final double INDEX_FILTER_SHARE = 0.1;

    private static Cache cache;
    private static WriteBufferManager writeBuffers;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        long total = total(configs);
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(shared(total));
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(writeBuffers);
        options.setWriteBufferSize(Math.max(1L << 20, (long) (total * MEMTABLE_SHARE / 4)));
        options.setMaxWriteBufferNumber(2);
        options.setCompressionType(CompressionType.LZ4_COMPRESSION);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write-buffer manager are shared by every store of the process: never closed per store
    }

    private static synchronized Cache shared(long total) {
        if (cache == null) {
            cache = new LRUCache(total, -1, false, INDEX_FILTER_SHARE);
            writeBuffers = new WriteBufferManager((long) (total * MEMTABLE_SHARE), cache);
        }
        return cache;
    }

    private static long total(Map<String, Object> configs) {
        Object value = configs.get(TOTAL_BYTES);
        return value == null ? DEFAULT_TOTAL : Long.parseLong(value.toString());
    }
}
