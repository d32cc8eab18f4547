# Production-like image: build with the Maven wrapper, run on a JRE as a non-root user.
# The database is external (see docker-compose.yml); SPRING_DATASOURCE_* must be set.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY domain/ domain/
COPY persistence/ persistence/
COPY reporting/ reporting/
COPY seeds/ seeds/
COPY web/ web/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system fourstage && useradd --system --gid fourstage --uid 10001 --home-dir /app fourstage
WORKDIR /app
COPY --from=build /src/web/target/fourstage.jar /app/fourstage.jar
USER fourstage
EXPOSE 8080
# SIGTERM reaches the JVM directly (exec form), so shutdown is graceful.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/fourstage.jar"]
