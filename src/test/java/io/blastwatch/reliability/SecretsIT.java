package io.blastwatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.blastwatch.testing.JarProcess;
import io.blastwatch.testing.KafkaFixture;
import io.blastwatch.testing.Ports;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials given as settings reach the Kafka clients and appear in no output, even with Kafka's configuration
 * dumps switched on; the HTTP endpoints listen on the loopback interface unless told otherwise.
 */
@Tag("reliability")
class SecretsIT {

    static final String SECRET = "S3cr3t-do-not-print";

    @Test
    void shouldPassCredentialsToKafkaWithoutPrintingThem(@TempDir Path dataDir) throws Exception {
        int httpPort = Ports.free();
        try (KafkaFixture kafka = new KafkaFixture();
             JarProcess run = JarProcess.start(List.of("-Dblastwatch.kafka.log.level=INFO"), "run",
                     "--bootstrap-servers", kafka.bootstrap(), "--data-dir", dataDir.toString(),
                     "-s", "http.port=" + httpPort, "-s", "stream.threads=1",
                     "-s", "sasl.mechanism=PLAIN",
                     "-s", "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required "
                             + "username=\"blastwatch\" password=\"" + SECRET + "\";",
                     "-s", "ssl.truststore.password=" + SECRET, "-s", "ssl.key.password=" + SECRET)) {
            run.awaitStderr("blastwatch: running on Kafka", Duration.ofSeconds(120));

            String output = run.stdout() + run.stderr();
            assertThat(output).as("Kafka's own configuration dump shows the clients received it")
                    .contains("sasl.jaas.config = [hidden]").contains("ssl.truststore.password = [hidden]");
            assertThat(output).as("the start-up line lists it").contains("sasl.jaas.config=[hidden]")
                    .contains("ssl.key.password=[hidden]");
            assertThat(output).doesNotContain(SECRET);

            assertThat(output).contains("dashboard and API at http://127.0.0.1:" + httpPort + "/");
            try (Socket loopback = new Socket()) {
                loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), httpPort), 2000);
            }
            Optional<InetAddress> external = nonLoopbackAddress();
            if (external.isPresent()) {
                assertThatThrownBy(() -> {
                    try (Socket outside = new Socket()) {
                        outside.connect(new InetSocketAddress(external.get(), httpPort), 2000);
                    }
                }).as("connecting from %s", external.get()).isInstanceOf(ConnectException.class);
            } else {
                System.out.println("no network interface besides loopback: the bind address is checked on the output only");
            }
            run.stop(Duration.ofSeconds(60));
            assertThat(run.stdout() + run.stderr()).doesNotContain(SECRET);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
