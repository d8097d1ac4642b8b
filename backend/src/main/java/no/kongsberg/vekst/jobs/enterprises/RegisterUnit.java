package no.kongsberg.vekst.jobs.enterprises;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.kongsberg.vekst.imports.ImportMessage;
import no.kongsberg.vekst.platform.OrganisationNumbers;

/**
 * The fields Vekst keeps of a unit of the register, read from the register's JSON (`enhet`):
 * `organisasjonsnummer`, `navn`, `organisasjonsform.kode`, `registreringsdatoEnhetsregisteret`,
 * `stiftelsesdato`, `naeringskode1.kode`, `forretningsadresse.kommunenummer`, `antallAnsatte` and
 * `slettedato`.
 *
 * <p>The municipality is the business address's ({@code forretningsadresse}) only. The register
 * describes it as where the unit's business is run; the postal address ({@code postadresse}) is
 * where its mail goes, often an accountant's office, a post box or an address abroad. A unit
 * without a business address (some associations, foreign units) therefore has no municipality and
 * counts in no municipality's figures; the import warns how many there were.
 */
record RegisterUnit(String organisationNumber, String name, String organisationForm, LocalDate registeredOn,
        LocalDate foundedOn, String naceCode, String municipalityCode, Integer employees, LocalDate deletedOn,
        boolean businessAddress) {

    static final int MAX_NAME = 500;

    /** The unit in the file, or null after adding its errors (field names as the register's JSON). */
    static RegisterUnit from(JsonNode node, Long row, List<ImportMessage> errors) {
        int before = errors.size();
        String number = text(node.get("organisasjonsnummer"));
        if (number == null) {
            errors.add(new ImportMessage(row, "organisasjonsnummer", "required", "The unit has no organisasjonsnummer."));
        } else if (!OrganisationNumbers.isValid(number)) {
            errors.add(new ImportMessage(row, "organisasjonsnummer", "invalid-organisation-number",
                    "'" + shorten(number) + "' is not an organisation number: nine digits with a valid mod-11 check digit."));
        }
        String name = text(node.get("navn"));
        if (name == null) {
            errors.add(new ImportMessage(row, "navn", "required", "The unit has no name (navn)."));
        } else if (name.length() > MAX_NAME || name.indexOf('\0') >= 0) {
            errors.add(new ImportMessage(row, "navn", "invalid", "A name has at most " + MAX_NAME + " characters and no NUL character."));
        }
        String form = text(node.at("/organisasjonsform/kode"));
        if (form != null && !form.matches("[A-Za-z0-9-]{1,10}")) {
            errors.add(new ImportMessage(row, "organisasjonsform.kode", "invalid",
                    "An organisation form is a short code such as AS, ENK or NUF."));
        }
        LocalDate registered = date(node.get("registreringsdatoEnhetsregisteret"), row, "registreringsdatoEnhetsregisteret", errors);
        LocalDate founded = date(node.get("stiftelsesdato"), row, "stiftelsesdato", errors);
        LocalDate deleted = date(node.get("slettedato"), row, "slettedato", errors);
        String nace = text(node.at("/naeringskode1/kode"));
        if (nace != null && !nace.matches("[0-9]{2}(\\.[0-9]{1,3})?")) {
            errors.add(new ImportMessage(row, "naeringskode1.kode", "invalid", "An industry code looks like 62.010."));
        }
        JsonNode address = node.get("forretningsadresse");
        boolean hasAddress = address != null && address.isObject();
        String municipality = hasAddress ? text(address.get("kommunenummer")) : null;
        if (municipality != null && !municipality.matches("[0-9]{4}")) {
            errors.add(new ImportMessage(row, "forretningsadresse.kommunenummer", "invalid", "A municipality number has four digits."));
        }
        Integer employees = null;
        JsonNode count = node.get("antallAnsatte");
        if (count != null && !count.isNull()) {
            if (count.canConvertToInt() && count.isIntegralNumber() && count.intValue() >= 0 && count.intValue() <= 10_000_000) {
                employees = count.intValue();
            } else {
                errors.add(new ImportMessage(row, "antallAnsatte", "invalid", "The number of employees is a whole number from 0."));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new RegisterUnit(number, name, form, registered, founded, nace, municipality, employees, deleted, hasAddress);
    }

    /** This unit in the register's JSON shape, for applying the update stream's JSON Patch operations to it. */
    ObjectNode toRegisterJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("organisasjonsnummer", organisationNumber);
        node.put("navn", name);
        if (organisationForm != null) {
            node.putObject("organisasjonsform").put("kode", organisationForm);
        }
        putDate(node, "registreringsdatoEnhetsregisteret", registeredOn);
        putDate(node, "stiftelsesdato", foundedOn);
        putDate(node, "slettedato", deletedOn);
        if (naceCode != null) {
            node.putObject("naeringskode1").put("kode", naceCode);
        }
        if (businessAddress || municipalityCode != null) {
            ObjectNode address = node.putObject("forretningsadresse");
            if (municipalityCode != null) {
                address.put("kommunenummer", municipalityCode);
            }
        }
        if (employees != null) {
            node.put("antallAnsatte", employees);
        }
        return node;
    }

    private static void putDate(ObjectNode node, String field, LocalDate date) {
        if (date != null) {
            node.put(field, date.toString());
        }
    }

    private static LocalDate date(JsonNode node, Long row, String field, List<ImportMessage> errors) {
        String value = text(node);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.length() == 10 ? value : "invalid");
            if (date.getYear() < 1000 || date.getYear() > 2200) {
                errors.add(new ImportMessage(row, field, "out-of-range", "The date must lie in the years 1000-2200."));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new ImportMessage(row, field, "invalid-date", "'" + shorten(value) + "' is not an ISO date like 2024-05-31."));
            return null;
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return null;
        }
        String value = node.asText().trim();
        return value.isEmpty() ? null : value;
    }

    static String shorten(String value) {
        return no.kongsberg.vekst.platform.QueryParams.shorten(value);
    }
}
