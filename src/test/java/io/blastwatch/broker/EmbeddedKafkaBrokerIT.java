package io.blastwatch.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    @Test
    void shouldKeepRecordsAcrossARestartOverTheSameDataDirectory(@TempDir Path dir) throws Exception {
        BrokerSettings settings = new BrokerSettings(dir, 0, 0, Map.of());
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(settings)) {
            try (Admin admin = admin(broker)) {
                admin.createTopics(List.of(new NewTopic("restart-check", 1, (short) 1))).all().get();
            }
            produce(broker, "restart-check", "k", "before restart");
        }
        assertThat(Files.list(dir)).isNotEmpty();

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(settings)) {
            produce(broker, "restart-check", "k", "after restart");
            assertThat(readAll(broker, "restart-check", 2)).containsExactly("before restart", "after restart");
        }
    }

    @Test
    void shouldRefuseASecondBrokerOverDataInUseAndLeaveTheFirstUnharmed(@TempDir Path dir) throws Exception {
        BrokerSettings settings = new BrokerSettings(dir, 0, 0, Map.of());
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(settings)) {
            try (Admin admin = admin(broker)) {
                admin.createTopics(List.of(new NewTopic("lock-check", 1, (short) 1))).all().get();
            }
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(settings).close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dir.toAbsolutePath().normalize().toString())
                    .hasMessageContaining("in use by another blastwatch process");
            produce(broker, "lock-check", "k", "still fine");
            assertThat(readAll(broker, "lock-check", 1)).containsExactly("still fine");
        }
        try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.start(settings)) {
            assertThat(readAll(again, "lock-check", 1)).as("the lock is released on close").containsExactly("still fine");
        }
    }

    @Test
    void shouldNameThePortInUseAndTheSettingThatMovesIt(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(new BrokerSettings(dir, port, 0, Map.of())).close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + port).hasMessageContaining("broker.port");
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(new BrokerSettings(dir, 0, 0, Map.of()))) {
            assertThat(broker.bootstrapServers()).as("the refusal released the data directory").isNotBlank();
        }
    }

    @Test
    void shouldSupportTransactionsOnASingleNode() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            try (Admin admin = admin(broker)) {
                admin.createTopics(List.of(new NewTopic("tx-check", 2, (short) 1))).all().get();
            }
            Properties props = producerProps(broker);
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-check-producer");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("tx-check", "a", "aborted"));
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("tx-check", "a", "committed"));
                producer.commitTransaction();
            }
            assertThat(readAll(broker, "tx-check", 1)).containsExactly("committed");
        }
    }

    @Test
    void shouldRemoveATemporaryBrokersDataOnClose() {
        Path dataDir;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            dataDir = broker.dataDir();
            assertThat(dataDir).exists();
        }
        assertThat(dataDir).doesNotExist();
    }

    private static Admin admin(EmbeddedKafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static Properties producerProps(EmbeddedKafkaBroker broker) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return props;
    }

    private static void produce(EmbeddedKafkaBroker broker, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(broker))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<String> readAll(EmbeddedKafkaBroker broker, String topic, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
