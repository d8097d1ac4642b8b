package no.kongsberg.vekst.jobs.enterprises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The update stream's JSON Patch operations on a stored unit: the fields Vekst keeps, leniently elsewhere. */
class JsonPatchesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode patch(String document, String operations) throws Exception {
        return JsonPatches.apply((ObjectNode) JSON.readTree(document), JSON.readTree(operations));
    }

    @Test
    void replaceAddAndRemoveChangeTheUnit() throws Exception {
        ObjectNode unit = patch("{\"navn\":\"A\",\"forretningsadresse\":{\"kommunenummer\":\"3303\"},\"antallAnsatte\":3}", """
                [{"op":"replace","path":"/navn","value":"B"},
                 {"op":"replace","path":"/forretningsadresse/kommunenummer","value":"3320"},
                 {"op":"add","path":"/naeringskode1","value":{"kode":"62.100"}},
                 {"op":"remove","path":"/antallAnsatte"},
                 {"op":"add","path":"/slettedato","value":"2025-01-31"}]""");
        assertEquals("B", unit.get("navn").asText());
        assertEquals("3320", unit.at("/forretningsadresse/kommunenummer").asText());
        assertEquals("62.100", unit.at("/naeringskode1/kode").asText());
        assertFalse(unit.has("antallAnsatte"));
        assertEquals("2025-01-31", unit.get("slettedato").asText());
    }

    @Test
    void operationsOnPartsTheStoredUnitLacksAreSkipped() throws Exception {
        ObjectNode unit = patch("{\"navn\":\"A\"}", """
                [{"op":"remove","path":"/postadresse/adresse/0"},
                 {"op":"replace","path":"/hjemmeside","value":"www.example.no"},
                 {"op":"test","path":"/navn","value":"Z"},
                 {"op":"replace","path":"/a~1b","value":1},
                 "not an operation"]""");
        assertEquals("A", unit.get("navn").asText());
        assertFalse(unit.has("postadresse"));
        assertEquals(1, unit.get("a/b").asInt());
    }

    @Test
    void theWholeDocumentCanBeReplaced() throws Exception {
        ObjectNode unit = patch("{\"navn\":\"A\"}", "[{\"op\":\"replace\",\"path\":\"\",\"value\":{\"navn\":\"C\"}}]");
        assertEquals("C", unit.get("navn").asText());
    }
}
