package io.blastwatch.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.app.PipelineService;
import io.blastwatch.http.HttpApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the pipeline as a service until Ctrl-C. Without --bootstrap-servers it starts the embedded "
                + "Kafka broker on 127.0.0.1:<broker.port> (default 9092), keeping its data in --data-dir.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws InterruptedException {
        BlastwatchConfig config = options.config();
        CountDownLatch stopped = new CountDownLatch(1);
        PipelineService service = PipelineService.start(config);
        HttpApi http;
        try {
            http = HttpApi.start(config.getString(BlastwatchConfig.HTTP_BIND), config.getInt(BlastwatchConfig.HTTP_PORT),
                    service.pipeline().streams());
        } catch (IOException e) {
            service.close();
            throw new IllegalStateException("cannot listen on " + config.getString(BlastwatchConfig.HTTP_BIND) + ":"
                    + config.getInt(BlastwatchConfig.HTTP_PORT) + ": " + e.getMessage(), e);
        }
        Thread shutdown = new Thread(() -> {
            System.err.println("blastwatch: stopping");
            http.close();
            service.close();
            stopped.countDown();
        }, "blastwatch-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        service.topicReport().forEach(line -> System.err.println("topic " + line));
        System.err.println("blastwatch: running on Kafka at " + service.bootstrapServers()
                + (service.embedded() ? " (embedded, data in " + config.dataDir().toAbsolutePath() + ")" : "")
                + "; health at http://" + config.getString(BlastwatchConfig.HTTP_BIND) + ":" + http.port() + "/api/health"
                + "; publish articles with: java -jar target/blastwatch.jar ingest PATH... ; Ctrl-C stops");
        stopped.await();
        return 0;
    }
}
