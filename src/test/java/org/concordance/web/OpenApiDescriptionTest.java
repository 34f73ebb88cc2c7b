package org.concordance.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The API description is committed (src/main/openapi/openapi.yaml) because the test client is
 * generated from it before the tests compile, long before a service runs. This test keeps it
 * honest: it must be, byte for byte, what the service serves at /q/openapi (with the admin token
 * set, as in the tests, so the admin endpoint is in it).
 */
@QuarkusTest
class OpenApiDescriptionTest {

    static final Path COMMITTED = Path.of("src/main/openapi/openapi.yaml");
    static final Path SERVED = Path.of("target/openapi/openapi.yaml");

    @Test
    void theCommittedDescriptionIsTheOneTheServiceServes() throws IOException {
        String served = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served, StandardCharsets.UTF_8);
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!lines(committed).equals(lines(served))) {
            fail(COMMITTED + " is not the API description the service serves (" + firstDifference(lines(committed), lines(served))
                    + "). The test client is generated from the committed file, so it must follow the code. If the change to "
                    + "the API is meant, take the served description, which this test has just written, and run the tests again:\n"
                    + "    cp " + SERVED + " " + COMMITTED);
        }
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static String firstDifference(List<String> committed, List<String> served) {
        for (int i = 0; i < Math.max(committed.size(), served.size()); i++) {
            String c = i < committed.size() ? committed.get(i) : "(end of file)";
            String s = i < served.size() ? served.get(i) : "(end of file)";
            if (!c.equals(s)) {
                return "first at line " + (i + 1) + ": committed '" + c.strip() + "', served '" + s.strip() + "'";
            }
        }
        return "they differ";
    }
}
