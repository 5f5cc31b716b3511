# Server image: build with Maven inside, run the fat jar on a JRE. docker compose pairs it with PostgreSQL.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY db db
COPY templates-docx templates-docx
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 cchc
WORKDIR /app
COPY --from=build /src/target/cchc-report-*.jar app.jar
USER cchc
# the app listens on loopback unless told otherwise; in a container it must take the published port
ENV SERVER_ADDRESS=0.0.0.0
EXPOSE 8080
# ExitOnOutOfMemoryError: a JVM out of heap exits (and compose restarts it) instead of living on answering nothing
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
