# The blastwatch service image. Build the jar first: mvn -B package -DskipTests
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /var/lib/blastwatch blastwatch && mkdir -p /var/lib/blastwatch \
    && chown blastwatch /var/lib/blastwatch
COPY target/blastwatch.jar /opt/blastwatch/blastwatch.jar
USER blastwatch
WORKDIR /var/lib/blastwatch
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/blastwatch/blastwatch.jar"]
CMD ["run"]
