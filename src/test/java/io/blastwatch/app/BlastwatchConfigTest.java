package io.blastwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlastwatchConfigTest {

    @Test
    void shouldHaveTheDocumentedDefaults() {
        BlastwatchConfig config = new BlastwatchConfig(Map.of());

        assertThat(config.getInt(BlastwatchConfig.WINDOW_MONTHS)).isEqualTo(4);
        assertThat(config.getInt(BlastwatchConfig.ALERT_THRESHOLD)).isEqualTo(5);
        assertThat(config.getString(BlastwatchConfig.PROCESSING_GUARANTEE)).isEqualTo("exactly_once_v2");
        assertThat(config.getString(BlastwatchConfig.BOOTSTRAP_SERVERS)).isEmpty();
        assertThat(config.embeddedBroker()).isTrue();
        assertThat(config.pipelineSettings()).isNotNull();
    }

    @Test
    void shouldUseAnExternalClusterWhenBootstrapServersAreGiven() {
        BlastwatchConfig config = new BlastwatchConfig(Map.of(BlastwatchConfig.BOOTSTRAP_SERVERS, "kafka-1:9092"));

        assertThat(config.embeddedBroker()).isFalse();
    }

    @Test
    void shouldTreatBlankBootstrapServersAsEmbedded() {
        assertThat(new BlastwatchConfig(Map.of(BlastwatchConfig.BOOTSTRAP_SERVERS, "   ")).embeddedBroker()).isTrue();
    }

    @Test
    void shouldParseStringValues() {
        BlastwatchConfig config = new BlastwatchConfig(Map.of(BlastwatchConfig.WINDOW_MONTHS, "12",
                BlastwatchConfig.ALERT_THRESHOLD, "2", BlastwatchConfig.PROCESSING_GUARANTEE, "at_least_once",
                BlastwatchConfig.DATA_DIR, "/var/lib/bw"));

        assertThat(config.getInt(BlastwatchConfig.WINDOW_MONTHS)).isEqualTo(12);
        assertThat(config.getInt(BlastwatchConfig.ALERT_THRESHOLD)).isEqualTo(2);
        assertThat(config.getString(BlastwatchConfig.PROCESSING_GUARANTEE)).isEqualTo("at_least_once");
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/bw"));
    }

    @ParameterizedTest
    @CsvSource({
            "window.months, 0",
            "window.months, 121",
            "window.months, four",
            "alert.threshold, 0",
            "processing.guarantee, bogus",
            "processing.guarantee, EXACTLY_ONCE",
            "stream.threads, 0",
            "broker.port, 70000",
    })
    void shouldRejectInvalidValuesWithKafkasConfigException(String key, String value) {
        assertThatThrownBy(() -> new BlastwatchConfig(Map.of(key, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key);
    }

    @Test
    void shouldPassThroughClientSettingsOnly() {
        BlastwatchConfig config = new BlastwatchConfig(Map.of(
                "security.protocol", "SASL_SSL",
                "sasl.jaas.config", "org.example.PlainLogin required;",
                "sasl.mechanism", "PLAIN",
                BlastwatchConfig.BOOTSTRAP_SERVERS, "broker:9093",
                BlastwatchConfig.WINDOW_MONTHS, "3",
                BlastwatchConfig.ALERT_THRESHOLD, "7",
                BlastwatchConfig.APPLICATION_ID, "bw-test"));

        Map<String, Object> client = config.clientProperties();

        assertThat(client).containsOnly(
                Map.entry("security.protocol", "SASL_SSL"),
                Map.entry("sasl.jaas.config", "org.example.PlainLogin required;"),
                Map.entry("sasl.mechanism", "PLAIN"));
        assertThat(client).doesNotContainKeys(BlastwatchConfig.definition().names().toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sasl.jaas.config", "ssl.keystore.password", "ssl.key.password",
            "ssl.truststore.password", "basic.auth.user.info.secret", "SASL.JAAS.CONFIG"})
    void shouldTreatCredentialsAsSecret(String key) {
        assertThat(BlastwatchConfig.secret(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"security.protocol", "key.serializer", "value.deserializer", "ssl.keystore.type",
            "ssl.truststore.type", "bootstrap.servers", "alert.threshold", "sasl.mechanism"})
    void shouldNotTreatOrdinarySettingsAsSecret(String key) {
        assertThat(BlastwatchConfig.secret(key)).isFalse();
    }

    @Test
    void shouldListSuppliedSettingsWithCredentialsHidden() {
        BlastwatchConfig config = new BlastwatchConfig(Map.of(
                "sasl.jaas.config", "org.example.PlainLogin required password=\"hunter2\";",
                "ssl.truststore.password", "hunter3",
                BlastwatchConfig.ALERT_THRESHOLD, "3"));

        assertThat(config.supplied()).isEqualTo(
                "alert.threshold=3, sasl.jaas.config=[hidden], ssl.truststore.password=[hidden]");
    }

    @org.junit.jupiter.api.Test
    void shouldKnowItsOwnKafkasAndPrefixedSettingsAndSuggestForATypo() {
        assertThat(BlastwatchConfig.unknownSetting("alert.threshold")).isEmpty();
        assertThat(BlastwatchConfig.unknownSetting("security.protocol")).isEmpty();
        assertThat(BlastwatchConfig.unknownSetting("producer.linger.ms")).isEmpty();
        assertThat(BlastwatchConfig.unknownSetting("commit.interval.ms")).isEmpty();
        assertThat(BlastwatchConfig.unknownSetting("alert.treshold")).hasValueSatisfying(
                m -> assertThat(m).contains("did you mean alert.threshold?"));
        assertThat(BlastwatchConfig.unknownSetting("producer.lingr.ms")).hasValueSatisfying(
                m -> assertThat(m).contains("did you mean producer.linger.ms?"));
        assertThat(BlastwatchConfig.unknownSetting("completely.different.thing")).hasValueSatisfying(
                m -> assertThat(m).doesNotContain("did you mean"));
    }
}
