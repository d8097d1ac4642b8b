package no.kongsberg.vekst.municipalities;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MunicipalitiesApiTest {

    @Test
    void listsThe357MunicipalitiesOf2024InPages() {
        // 357 from the seed; an import may have added unverified ones that files named.
        Api.as("viewer").get("/api/v1/municipalities").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(357)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items", hasSize(50)).body("items[0].code", equalTo("0301"));
        Api.as("viewer").queryParam("county", "40").queryParam("size", "10").queryParam("page", "1")
                .get("/api/v1/municipalities").then().statusCode(200).body("total", equalTo(17)).body("items", hasSize(7));
    }

    @Test
    void searchesByNameAndByFormerCodeAndFiltersByCounty() {
        Api.as("editor").queryParam("q", "kongs").get("/api/v1/municipalities").then().statusCode(200)
                .body("items.name", hasItem("Kongsberg"));
        Api.as("editor").queryParam("q", "0604").get("/api/v1/municipalities").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo("3303"));
        Api.as("partner").queryParam("county", "33").queryParam("sort", "-name").queryParam("size", "500")
                .get("/api/v1/municipalities").then().statusCode(200)
                .body("items.county", everyItem(equalTo("Buskerud")))
                .body("items.name", hasItem("Kongsberg"))
                .body("items", hasSize(18));
    }

    @Test
    void findsAMunicipalityByAnyOfItsCodes() {
        for (String code : new String[] {"0604", "3006", "3303"}) {
            Api.as("viewer").get("/api/v1/municipalities/" + code).then().statusCode(200)
                    .body("code", equalTo("3303")).body("name", equalTo("Kongsberg"))
                    .body("codes.code", contains("0604", "3006", "3303"))
                    .body("codes[1].validFrom", equalTo("2020-01-01")).body("codes[1].validTo", equalTo("2023-12-31"));
        }
        Api.as("viewer").get("/api/v1/municipalities/0807").then().statusCode(200).body("name", equalTo("Notodden"));
    }

    @Test
    void unknownCodeIs404AndBadListParametersAre400() {
        Api.lenientAs("viewer").get("/api/v1/municipalities/9999").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("not-found"));
        Api.lenientAs("viewer").get("/api/v1/municipalities/abcd").then().statusCode(404);
        Api.lenientAs("viewer").queryParam("sort", "population").get("/api/v1/municipalities").then().statusCode(400)
                .body("errors[0].field", equalTo("sort")).body("errors[0].code", equalTo("unknown-value"));
        Api.lenientAs("viewer").queryParam("size", "0").get("/api/v1/municipalities").then().statusCode(400)
                .body("errors[0].field", equalTo("size")).body("errors[0].code", equalTo("out-of-range"));
        Api.lenientAs("viewer").queryParam("page", "first").get("/api/v1/municipalities").then().statusCode(400)
                .body("errors[0].field", equalTo("page")).body("errors[0].code", equalTo("invalid"));
        Api.lenientAs("viewer").queryParam("county", "Buskerud").get("/api/v1/municipalities").then().statusCode(400)
                .body("errors[0].field", equalTo("county"));
    }

    @Test
    void kongsbergregionenHasItsEightMembers() {
        Api.as("viewer").get("/api/v1/regions").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].key", equalTo("kongsbergregionen"))
                .body("items[0].members.name", containsInAnyOrder("Kongsberg", "Flesberg", "Rollag", "Nore og Uvdal",
                        "Sigdal", "Notodden", "Hjartdal", "Tinn"));
    }
}
